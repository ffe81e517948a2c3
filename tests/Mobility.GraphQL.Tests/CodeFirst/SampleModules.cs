using Mobility.GraphQL.Execution;

namespace Mobility.GraphQL.Tests.CodeFirst;

/// <summary>A person on a mobility.</summary>
public sealed record Learner(Guid Id, string Name, string? Email, LearnerStatus Status)
{
    /// <summary>Initials for badges.</summary>
    public string GetInitialsAsync() => string.Concat(Name.Split(' ').Select(p => p[0]));

    [GraphQLIgnore]
    public string Secret => Name + " hidden";

    [Obsolete("Use email.")]
    public string? Mail => Email;
}

public enum LearnerStatus
{
    Draft,
    InMobility,
    Completed,
}

public sealed record Placement(string Id, int Weeks, string HostName);

/// <summary>Fields the Learners module adds to Query.</summary>
public sealed class LearnerQueries
{
    internal static readonly Learner[] Learners =
    [
        new(Guid.Parse("11111111-1111-1111-1111-111111111111"), "Ada Lovelace", "ada@example.org", LearnerStatus.InMobility),
        new(Guid.Parse("22222222-2222-2222-2222-222222222222"), "Bo Diddley", null, LearnerStatus.Draft),
    ];

    public static IReadOnlyList<Learner> GetLearners(LearnerStatus? status = null) =>
        [.. Learners.Where(l => status is null || l.Status == status)];

    /// <summary>A learner by id.</summary>
    /// <param name="id">The learner's id.</param>
    /// <param name="cancellationToken">Injected, not an argument.</param>
    public static Task<Learner?> GetLearnerAsync(Guid id, CancellationToken cancellationToken) =>
        Task.FromResult(Learners.FirstOrDefault(l => l.Id == id && !cancellationToken.IsCancellationRequested));
}

/// <summary>Fields another module adds to Query.</summary>
public sealed class HealthQueries
{
    public static string Ping([Service] IClock clock) => "pong at " + clock.Now;
}

public interface IClock
{
    string Now { get; }
}

public sealed class FixedClock : IClock
{
    public string Now => "noon";
}

/// <summary>The Placements module extends the Learners module's type without touching it.</summary>
[ExtendObjectType(typeof(Learner))]
public sealed class LearnerPlacements
{
    public static IEnumerable<Placement> GetPlacements([Parent] Learner learner, int first = 10) =>
        Enumerable.Range(1, 3).Select(i => new Placement($"{learner.Name[0]}{i}", i * 2, "Host " + i)).Take(first);
}

public sealed record NewLearnerInput(string Name, string? Email);

public sealed class LearnerMutations
{
    public static Learner AddLearner(NewLearnerInput input) => new(Guid.Empty, input.Name, input.Email, LearnerStatus.Draft);
}
