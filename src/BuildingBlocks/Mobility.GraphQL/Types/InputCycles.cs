namespace Mobility.GraphQL.Types;

/// <summary>§3.10 An input object may not reference itself through a chain of non-null, non-list fields.</summary>
internal static class InputCycles
{
    public static void Find(Schema schema, List<string> errors)
    {
        var visited = new HashSet<InputObjectType>();
        foreach (var input in schema.Types.OfType<InputObjectType>())
        {
            Visit(input, visited, [], new Dictionary<InputObjectType, int>(), errors);
        }
    }

    private static void Visit(InputObjectType type, HashSet<InputObjectType> visited, List<string> path, Dictionary<InputObjectType, int> onPath, List<string> errors)
    {
        if (!visited.Add(type))
        {
            return;
        }

        onPath[type] = path.Count;
        foreach (var field in type.Fields)
        {
            if (field.Type is not NonNullType { OfType: InputObjectType target })
            {
                continue;
            }

            path.Add($"{type.Name}.{field.Name}");
            if (onPath.TryGetValue(target, out var start))
            {
                errors.Add($"Input Object {target.Name} cannot be provided a finite value because it references itself through fields: {string.Join(", ", path.Skip(start))}.");
            }
            else
            {
                Visit(target, visited, path, onPath, errors);
            }

            path.RemoveAt(path.Count - 1);
        }

        onPath.Remove(type);
    }
}
