namespace Mobility.GraphQL.Tests.Mutations;

/// <summary>A placement abroad.</summary>
public sealed record Placement(Guid Id, Guid LearnerId, string Title, DateOnly StartsOn);

/// <summary>The host has no place left.</summary>
public sealed class PlacementFullException(string hostName, int capacity) : Exception($"{hostName} has no place left.")
{
    /// <summary>The host that is full.</summary>
    public string HostName { get; } = hostName;

    /// <summary>How many places it has.</summary>
    public int Capacity { get; } = capacity;
}

/// <summary>Too late to plan for that date.</summary>
[GraphQLName("DeadlinePassedError")]
public sealed class TooLateException(DateOnly deadline) : Exception($"Plans had to be made by {deadline:yyyy-MM-dd}.")
{
    public DateOnly Deadline { get; } = deadline;
}

/// <summary>A business rule refused the change (the platform's kind of exception).</summary>
public sealed class RuleException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}

/// <summary>A broken business rule, as clients see it: built from the exception by its constructor.</summary>
public sealed record RuleError(string Message, string Code)
{
    public RuleError(RuleException exception)
        : this(exception.Message, exception.Code)
    {
    }
}

/// <summary>An error class without a message.</summary>
public sealed record SilentError(string Code)
{
    public SilentError(RuleException exception)
        : this(exception.Code)
    {
    }
}

public sealed class PlacementMutations
{
    internal static readonly List<string> Log = [];

    /// <summary>Plans a placement for a learner.</summary>
    /// <param name="learnerId">Who goes.</param>
    /// <param name="startsOn">First day abroad.</param>
    /// <param name="hostName">Where.</param>
    /// <param name="cancellationToken">Injected.</param>
    [Error<PlacementFullException>]
    [Error(typeof(TooLateException))]
    public static async Task<Placement> PlanPlacementAsync(Guid learnerId, DateOnly startsOn, string hostName, CancellationToken cancellationToken)
    {
        await Task.Yield();
        cancellationToken.ThrowIfCancellationRequested();
        return hostName switch
        {
            "Full" => throw new PlacementFullException(hostName, 2),
            "Rule" => throw new RuleException("LEARNER_NOT_SELECTED", "Select the learner first."),
            "Boom" => throw new InvalidOperationException("Host=db;Password=secret"),
            _ when startsOn < new DateOnly(2026, 1, 1) => throw new TooLateException(new DateOnly(2025, 12, 31)),
            _ => new Placement(Guid.Parse("99999999-9999-9999-9999-999999999999"), learnerId, "At " + hostName, startsOn),
        };
    }

    /// <summary>Synchronous, no errors of its own: only the default ones.</summary>
    public static bool CancelPlacement(Guid placementId) =>
        placementId == Guid.Empty ? throw new RuleException("ALREADY_COMPLETED", "A completed placement cannot be cancelled.") : true;

    [UseMutationConvention(Disable = true)]
    public static int Ping() => 1;

    [UseMutationConvention(PayloadFieldName = "stamp", PayloadTypeName = "TouchResult")]
    public static string Touch() => "touched";

    /// <summary>Logs when it starts and ends, to show mutations run one after another.</summary>
    public static async Task<int> RecordAsync(int step)
    {
        lock (Log)
        {
            Log.Add("start " + step);
        }

        await Task.Delay(10 * (3 - step));
        lock (Log)
        {
            Log.Add("end " + step);
        }

        return step;
    }
}

public sealed class OptInMutations
{
    [UseMutationConvention]
    public static int Chosen(int value) => value;

    public static int Plain(int value) => value;
}

public sealed class UndeclaredConventionMutations
{
    [Error<RuleException>]
    public static int Refuse() => 0;
}

public sealed class NeedsQuery
{
    public static string Hello() => "hello";
}
