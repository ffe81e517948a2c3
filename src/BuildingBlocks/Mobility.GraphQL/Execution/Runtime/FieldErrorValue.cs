namespace Mobility.GraphQL.Execution.Runtime;

/// <summary>
/// Stands for a value that failed inside a resolved result, such as one item of <c>nodes(ids:)</c>: completion
/// reports the exception at that item's path and nulls it (or propagates), while the other items complete.
/// </summary>
internal sealed class FieldErrorValue(Exception exception)
{
    public Exception Exception { get; } = exception;
}
