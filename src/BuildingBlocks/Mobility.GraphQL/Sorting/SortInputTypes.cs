using Mobility.GraphQL.CodeFirst;
using Mobility.GraphQL.Projection;
using Mobility.GraphQL.Types;

namespace Mobility.GraphQL.Sorting;

/// <summary>Builds HotChocolate-shaped sort inputs: <c>XSortInput</c> with <c>SortEnumType</c> leaves and nested inputs for navigations.</summary>
internal sealed class SortInputTypes(ClrTypeMapper mapper, EntityModel model)
{
    public InputObjectType For(Type entity)
    {
        var name = Naming.Type(entity, input: false) + "SortInput";
        if (mapper.ByName(name) is InputObjectType existing)
        {
            return existing;
        }

        var type = new InputObjectType(name);
        mapper.Register(type);
        foreach (var member in model.Members(entity))
        {
            GraphQLType? fieldType = member.Kind switch
            {
                MemberKind.Scalar or MemberKind.Enum => Direction(),
                MemberKind.Object => For(member.Entity!),
                _ => null,
            };
            if (fieldType is not null)
            {
                type.AddField(new InputValueDefinition(member.Name, fieldType));
            }
        }

        return type;
    }

    private EnumType Direction()
    {
        if (mapper.ByName("SortEnumType") is EnumType existing)
        {
            return existing;
        }

        var direction = new EnumType("SortEnumType");
        direction.AddValue(new EnumValueDefinition("ASC", "ASC"));
        direction.AddValue(new EnumValueDefinition("DESC", "DESC"));
        mapper.Register(direction);
        return direction;
    }
}
