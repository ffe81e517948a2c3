namespace Mobility.GraphQL.Execution.Runtime;

/// <summary>How the default resolver reads a field from a parent of one CLR type: a getter, or a method needing the context.</summary>
internal sealed class MemberAccessor(Func<object, object?>? getter, Func<object, ResolverContext, object?>? invoker)
{
    public Func<object, object?>? Getter { get; } = getter;

    public Func<object, ResolverContext, object?>? Invoker { get; } = invoker;
}
