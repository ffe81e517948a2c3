namespace Mobility.BuildingBlocks.Commands;

/// <summary>
/// A command's <c>--name value</c> options (a name may repeat: <c>--role A --role B</c>). Anything else, an unknown
/// option or a missing value, is a <see cref="CommandLineException"/> whose message names it.
/// </summary>
public sealed class CommandOptions
{
    private readonly Dictionary<string, List<string>> _values;

    private CommandOptions(Dictionary<string, List<string>> values) => _values = values;

    public static CommandOptions Parse(IReadOnlyList<string> arguments, params string[] known)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var values = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        for (var i = 0; i < arguments.Count; i++)
        {
            var argument = arguments[i];
            if (!argument.StartsWith("--", StringComparison.Ordinal))
            {
                throw new CommandLineException($"Unexpected argument '{argument}'; options are {string.Join(", ", known.Select(k => "--" + k))}.");
            }

            var name = argument[2..];
            if (!known.Contains(name, StringComparer.Ordinal))
            {
                throw new CommandLineException($"Unknown option '{argument}'; options are {string.Join(", ", known.Select(k => "--" + k))}.");
            }

            if (i + 1 >= arguments.Count || arguments[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                throw new CommandLineException($"Option '{argument}' needs a value.");
            }

            i++;
            if (!values.TryGetValue(name, out var list))
            {
                values[name] = list = [];
            }

            list.Add(arguments[i]);
        }

        return new CommandOptions(values);
    }

    public IReadOnlyList<string> All(string name) => _values.TryGetValue(name, out var list) ? list : [];

    /// <summary>The option's one value, or null when absent; given twice is an error.</summary>
    public string? Value(string name) => All(name) switch
    {
        [] => null,
        [var value] => value,
        _ => throw new CommandLineException($"Option '--{name}' is given more than once."),
    };

    public string Required(string name) => Value(name) ?? throw new CommandLineException($"Option '--{name}' is required.");

    public int? Number(string name) => Value(name) is not { } text ? null
        : int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value
        : throw new CommandLineException($"Option '--{name}' needs a whole number, not '{text}'.");

    /// <summary>The option's one id, or null when absent.</summary>
    public Guid? Id(string name) => Ids(name) switch
    {
        [] => null,
        [var id] => id,
        _ => throw new CommandLineException($"Option '--{name}' is given more than once."),
    };

    public IReadOnlyList<Guid> Ids(string name) => [.. All(name).Select(text => Guid.TryParse(text, out var id) ? id
        : throw new CommandLineException($"Option '--{name}' needs an id (a UUID), not '{text}'."))];
}

/// <summary>A command was given arguments it cannot use; the message says which, in one line.</summary>
public sealed class CommandLineException : Exception
{
    public CommandLineException()
    {
    }

    public CommandLineException(string message)
        : base(message)
    {
    }

    public CommandLineException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
