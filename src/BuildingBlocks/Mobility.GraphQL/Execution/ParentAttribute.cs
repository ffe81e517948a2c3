namespace Mobility.GraphQL.Execution;

/// <summary>
/// Marks a resolver method parameter that receives the parent object (HotChocolate's [Parent]). With a member name,
/// the parameter receives that member of the parent instead, for type extensions whose parent's CLR type they
/// cannot see (another module's internal type, extended by GraphQL name).
/// </summary>
/// <param name="member">The parent's property to read (matched ignoring case), or null for the parent itself.</param>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class ParentAttribute(string? member = null) : Attribute
{
    /// <summary>The parent's property to read, or null for the parent itself.</summary>
    public string? Member { get; } = member;
}
