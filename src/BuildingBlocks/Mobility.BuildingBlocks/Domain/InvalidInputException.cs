namespace Mobility.BuildingBlocks.Domain;

/// <summary>A request was rejected before anything was changed; every failure names its field and rule.</summary>
public sealed class InvalidInputException : Exception
{
    public InvalidInputException(string request, IReadOnlyList<ValidationFailure> failures)
        : base($"{request} is invalid: " + string.Join("; ", failures.Select(f => $"{f.Field}: {f.Message}")))
    {
        Request = request;
        Failures = failures;
    }

    public InvalidInputException()
        : this("request", [])
    {
    }

    public InvalidInputException(string message)
        : base(message)
    {
        Request = "request";
        Failures = [];
    }

    public InvalidInputException(string message, Exception innerException)
        : base(message, innerException)
    {
        Request = "request";
        Failures = [];
    }

    public string Request { get; } = "request";

    public IReadOnlyList<ValidationFailure> Failures { get; } = [];
}
