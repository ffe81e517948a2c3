using System.Globalization;
using Mobility.GraphQL.Language.Ast;

namespace Mobility.GraphQL.Types;

/// <summary>Converts literals to plain .NET values without a type (for opaque custom scalars).</summary>
internal static class ValueFromLiteral
{
    public static object? Untyped(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null) => literal switch
    {
        NullValueNode => null,
        IntValueNode i => long.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) ? l : double.Parse(i.Value, CultureInfo.InvariantCulture),
        FloatValueNode f => double.Parse(f.Value, CultureInfo.InvariantCulture),
        StringValueNode s => s.Value,
        BooleanValueNode b => b.Value,
        EnumValueNode e => e.Value,
        ListValueNode l => l.Values.Select(v => Untyped(v, variables)).ToList(),
        ObjectValueNode o => o.Fields.ToDictionary(f => f.Name.Value, f => Untyped(f.Value, variables)),
        VariableNode v => variables?.GetValueOrDefault(v.Name.Value),
        _ => null,
    };
}
