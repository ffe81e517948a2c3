namespace Mobility.GraphQL.Execution;

/// <summary>Marks a resolver method parameter that receives the parent object (HotChocolate's [Parent]).</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class ParentAttribute : Attribute;
