using System.Collections.Concurrent;
using System.Reflection;
using System.Xml.Linq;

namespace Mobility.GraphQL.CodeFirst;

/// <summary>Reads &lt;summary&gt; texts from the XML documentation file next to an assembly, for descriptions.</summary>
internal static class XmlDocs
{
    private static readonly ConcurrentDictionary<Assembly, Dictionary<string, string>> Files = new();

    public static string? Summary(MemberInfo member) => Lookup(member.Module.Assembly, member switch
    {
        Type t => "T:" + Name(t),
        PropertyInfo p => $"P:{Name(p.DeclaringType!)}.{p.Name}",
        FieldInfo f => $"F:{Name(f.DeclaringType!)}.{f.Name}",
        MethodInfo m => $"M:{Name(m.DeclaringType!)}.{m.Name}" + Parameters(m),
        _ => "",
    });

    public static string? Parameter(ParameterInfo parameter)
    {
        var method = (MethodInfo)parameter.Member;
        var key = $"M:{Name(method.DeclaringType!)}.{method.Name}{Parameters(method)}#{parameter.Name}";
        return Lookup(method.Module.Assembly, key);
    }

    private static string? Lookup(Assembly assembly, string key) =>
        Files.GetOrAdd(assembly, Load).TryGetValue(key, out var text) ? text : null;

    private static string Name(Type type) => (type.FullName ?? type.Name).Replace('+', '.');

    private static string Parameters(MethodInfo method)
    {
        var parameters = method.GetParameters();
        return parameters.Length == 0 ? "" : "(" + string.Join(",", parameters.Select(p => TypeName(p.ParameterType))) + ")";
    }

    private static string TypeName(Type type) => type.IsGenericType
        ? $"{type.Namespace}.{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}{{{string.Join(",", type.GetGenericArguments().Select(TypeName))}}}"
        : Name(type);

    private static Dictionary<string, string> Load(Assembly assembly)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var path = string.IsNullOrEmpty(assembly.Location) ? null : Path.ChangeExtension(assembly.Location, ".xml");
        if (path is null || !File.Exists(path))
        {
            return result;
        }

        foreach (var member in XDocument.Load(path).Descendants("member"))
        {
            var name = member.Attribute("name")?.Value;
            if (name is null)
            {
                continue;
            }

            if (member.Element("summary") is { } summary)
            {
                result[name] = Clean(summary);
            }

            foreach (var param in member.Elements("param"))
            {
                result[$"{name}#{param.Attribute("name")?.Value}"] = Clean(param);
            }
        }

        return result;
    }

    private static string Clean(XElement element)
    {
        var text = string.Concat(element.Nodes().Select(n => n is XElement e && e.Attribute("cref") is { } cref
            ? cref.Value[(cref.Value.LastIndexOf('.') + 1)..]
            : n is XElement other ? other.Value : n.ToString()));
        var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);
        return string.Join(" ", lines);
    }
}
