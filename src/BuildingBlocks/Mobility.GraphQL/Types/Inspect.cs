using System.Collections;
using System.Globalization;
using Mobility.GraphQL.Language;

namespace Mobility.GraphQL.Types;

/// <summary>Renders runtime values in messages the way graphql-js's inspect() does.</summary>
internal static class Inspect
{
    public static string Value(object? value) => value switch
    {
        null => "null",
        string s => Printer.PrintString(s),
        bool b => b ? "true" : "false",
        double d when double.IsNaN(d) => "NaN",
        double d when double.IsPositiveInfinity(d) => "Infinity",
        double d when double.IsNegativeInfinity(d) => "-Infinity",
        IFormattable f and not Enum => f.ToString(null, CultureInfo.InvariantCulture),
        IDictionary<string, object?> map => map.Count == 0 ? "{}" : "{ " + string.Join(", ", map.Select(kv => kv.Key + ": " + Value(kv.Value))) + " }",
        IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Select(Value)) + "]",
        _ => value.ToString() ?? "",
    };
}
