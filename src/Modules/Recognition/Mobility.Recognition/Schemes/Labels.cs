namespace Mobility.Recognition.Schemes;

/// <summary>One text in several languages (ISO 639-1 keys); English is the fallback.</summary>
internal sealed class Labels : Dictionary<string, string>
{
    public Labels()
        : base(StringComparer.OrdinalIgnoreCase)
    {
    }

    public string In(string language) => TryGetValue(language, out var text) ? text : this.GetValueOrDefault("en", "");

    public static Labels Of(string english, string french) => new() { ["en"] = english, ["fr"] = french };
}
