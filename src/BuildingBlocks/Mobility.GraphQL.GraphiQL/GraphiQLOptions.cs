namespace Mobility.GraphQL.GraphiQL;

/// <summary>Settings of the GraphiQL IDE served next to a GraphQL endpoint.</summary>
public sealed class GraphiQLOptions
{
    /// <summary>The configuration key that switches the IDE on or off (<c>true</c> by default).</summary>
    public const string EnabledKey = "GraphQL:Ide:Enabled";

    /// <summary>Whether the IDE is served. When <c>false</c>, no middleware is added and every request reaches the endpoint.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The title of the IDE page.</summary>
    public string Title { get; set; } = "GraphiQL";
}
