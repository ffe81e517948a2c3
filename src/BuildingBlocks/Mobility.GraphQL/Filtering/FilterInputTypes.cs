using System.Reflection;
using Mobility.GraphQL.CodeFirst;
using Mobility.GraphQL.Projection;
using Mobility.GraphQL.Types;

namespace Mobility.GraphQL.Filtering;

/// <summary>
/// Builds HotChocolate-shaped filter inputs: <c>XFilterInput { and or not ...fields }</c>,
/// <c>StringOperationFilterInput</c>, <c>IntOperationFilterInput</c> and friends, and
/// <c>ListFilterInputTypeOfXFilterInput { all none some any }</c> for collections.
/// </summary>
internal sealed class FilterInputTypes(ClrTypeMapper mapper, EntityModel model, SchemaOptions options)
{
    public const string ModeEnumName = "StringFilterMode";

    public InputObjectType For(Type entity)
    {
        var name = Naming.Type(entity, input: false) + "FilterInput";
        if (mapper.ByName(name) is InputObjectType existing)
        {
            return existing;
        }

        var type = new InputObjectType(name);
        mapper.Register(type);
        var list = new ListType(new NonNullType(type));
        type.AddField(new InputValueDefinition("and", list));
        type.AddField(new InputValueDefinition("or", list));
        type.AddField(new InputValueDefinition("not", type) { Description = "Matches when the inner filter does not." });
        foreach (var member in model.Members(entity))
        {
            GraphQLType? fieldType = member.Kind switch
            {
                MemberKind.Scalar when IsNodeKey(entity, member) => IdOperations(member.Type),
                MemberKind.Scalar or MemberKind.Enum => Operations(member.Type),
                MemberKind.Object => For(member.Entity!),
                MemberKind.Collection => ListFilter(member.Entity!),
                _ => null,
            };
            if (fieldType is not null)
            {
                type.AddField(new InputValueDefinition(member.Name, fieldType));
            }
        }

        return type;
    }

    /// <summary>With global object identification, a node's key is filtered by global ID (HotChocolate's IdOperationFilterInput).</summary>
    private bool IsNodeKey(Type entity, EntityMember member)
    {
        if (!options.GlobalObjectIdentification || member.Property is null)
        {
            return false;
        }

        var keyName = entity.GetCustomAttribute<NodeAttribute>(inherit: false) is { } node ? node.IdField ?? "Id"
            : options.Nodes.Any(n => n.Clr == entity) ? "Id"
            : null;
        return keyName == member.Property.Name && Relay.GlobalIds.SupportsKey(member.Type);
    }

    private InputObjectType IdOperations(Type key)
    {
        var underlying = Nullable.GetUnderlyingType(key) ?? key;
        var name = (underlying == typeof(Guid) ? "" : underlying.Name) + "IdOperationFilterInput";
        if (mapper.ByName(name) is InputObjectType existing)
        {
            return existing;
        }

        var type = new InputObjectType(name) { Description = "Compares a node's global ID (the type of the node is not checked)." };
        mapper.Register(type);
        var id = mapper.Scalar("ID");
        var accepts = new Relay.GlobalIdInput(null, underlying);
        type.AddField(new InputValueDefinition("eq", id) { GlobalId = accepts });
        type.AddField(new InputValueDefinition("neq", id) { GlobalId = accepts });
        type.AddField(new InputValueDefinition("in", new ListType(id)) { GlobalId = accepts });
        type.AddField(new InputValueDefinition("nin", new ListType(id)) { GlobalId = accepts });
        return type;
    }

    private InputObjectType ListFilter(Type element)
    {
        var inner = For(element);
        var name = $"ListFilterInputTypeOf{inner.Name}";
        if (mapper.ByName(name) is InputObjectType existing)
        {
            return existing;
        }

        var type = new InputObjectType(name);
        mapper.Register(type);
        type.AddField(new InputValueDefinition("all", inner) { Description = "Every element matches." });
        type.AddField(new InputValueDefinition("none", inner) { Description = "No element matches." });
        type.AddField(new InputValueDefinition("some", inner) { Description = "At least one element matches." });
        type.AddField(new InputValueDefinition("any", mapper.NamedFor(typeof(bool), input: true)) { Description = "true: the collection has elements; false: it is empty." });
        return type;
    }

    private InputObjectType Operations(Type clr)
    {
        var underlying = Nullable.GetUnderlyingType(clr) ?? clr;
        var operand = mapper.NamedFor(underlying, input: true);
        var name = (operand.Name switch { "UUID" => "Uuid", "URL" => "Url", "ID" => "Id", var n => n }) + "OperationFilterInput";
        if (mapper.ByName(name) is InputObjectType existing)
        {
            return existing;
        }

        var type = new InputObjectType(name);
        mapper.Register(type);
        var kind = FilterOperations.KindOf(underlying);
        var list = new ListType(operand);
        if (kind == FilterOperationKind.String)
        {
            type.AddField(new InputValueDefinition("and", new ListType(new NonNullType(type))));
            type.AddField(new InputValueDefinition("or", new ListType(new NonNullType(type))));
        }

        type.AddField(new InputValueDefinition("eq", operand));
        type.AddField(new InputValueDefinition("neq", operand));
        if (kind == FilterOperationKind.String)
        {
            type.AddField(new InputValueDefinition("contains", operand));
            type.AddField(new InputValueDefinition("ncontains", operand));
        }

        if (kind != FilterOperationKind.Boolean)
        {
            type.AddField(new InputValueDefinition("in", list));
            type.AddField(new InputValueDefinition("nin", list));
        }

        if (kind == FilterOperationKind.String)
        {
            foreach (var operation in FilterOperations.StringMatches.Skip(2))
            {
                type.AddField(new InputValueDefinition(operation, operand));
            }

            type.AddField(new InputValueDefinition("mode", Mode())
            {
                Description = "INSENSITIVE compares lower-cased text on both sides (in the database) for every operation of this input.",
            });
        }

        if (kind == FilterOperationKind.Comparable)
        {
            foreach (var operation in FilterOperations.Comparisons)
            {
                type.AddField(new InputValueDefinition(operation, operand));
            }
        }

        return type;
    }

    private EnumType Mode()
    {
        if (mapper.ByName(ModeEnumName) is EnumType existing)
        {
            return existing;
        }

        var mode = new EnumType(ModeEnumName, "How string filter operations compare text.");
        mode.AddValue(new EnumValueDefinition("SENSITIVE", "SENSITIVE") { Description = "Exactly as stored (the default)." });
        mode.AddValue(new EnumValueDefinition("INSENSITIVE", "INSENSITIVE") { Description = "Ignoring case: LOWER() of the column against the lower-cased value." });
        mapper.Register(mode);
        return mode;
    }
}
