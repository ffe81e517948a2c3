using Mobility.GraphQL.CodeFirst;
using Mobility.GraphQL.Types;

namespace Mobility.GraphQL.Paging;

/// <summary>
/// Builds HotChocolate's connection shape: <c>XConnection { pageInfo: PageInfo! edges: [XEdge!] nodes: [T!] totalCount: Int! }</c>,
/// <c>XEdge { cursor: String! node: T! }</c> and the shared <c>PageInfo</c>.
/// </summary>
internal static class ConnectionTypes
{
    public static ObjectType Build(ClrTypeMapper mapper, string connectionName, ObjectType node, bool includeTotalCount, List<string> errors)
    {
        var name = connectionName + "Connection";
        if (mapper.ByName(name) is { } existing)
        {
            if (existing is ObjectType connection && connection.Field("nodes")?.Type.NamedType == node
                && connection.Field("totalCount") is not null == includeTotalCount)
            {
                return connection;
            }

            errors.Add($"Connection \"{name}\" is defined twice with different nodes or totalCount; set UsePaging.ConnectionName.");
        }

        var edge = new ObjectType(connectionName + "Edge", "An edge in a connection.");
        edge.AddField(new FieldDefinition("cursor", new NonNullType(mapper.NamedFor(typeof(string), input: false))) { Description = "A cursor for use in pagination." });
        edge.AddField(new FieldDefinition("node", new NonNullType(node)) { Description = "The item at the end of the edge." });
        mapper.Register(edge);

        var type = new ObjectType(name, "A connection to a list of items.");
        type.AddField(new FieldDefinition("pageInfo", new NonNullType(PageInfo(mapper))) { Description = "Information to aid in pagination." });
        type.AddField(new FieldDefinition("edges", new ListType(new NonNullType(edge))) { Description = "A list of edges." });
        type.AddField(new FieldDefinition("nodes", new ListType(new NonNullType(node))) { Description = "A flattened list of the nodes." });
        if (includeTotalCount)
        {
            type.AddField(new FieldDefinition("totalCount", new NonNullType(mapper.NamedFor(typeof(int), input: false)))
            {
                Description = "Identifies the total count of items in the connection.",
            });
        }

        mapper.Register(type);
        return type;
    }

    public static ObjectType PageInfo(ClrTypeMapper mapper)
    {
        if (mapper.ByName("PageInfo") is ObjectType existing)
        {
            return existing;
        }

        var boolean = new NonNullType(mapper.NamedFor(typeof(bool), input: false));
        var text = mapper.NamedFor(typeof(string), input: false);
        var pageInfo = new ObjectType("PageInfo", "Information about pagination in a connection.");
        pageInfo.AddField(new FieldDefinition("hasNextPage", boolean) { Description = "Indicates whether more edges exist following the set defined by the clients arguments." });
        pageInfo.AddField(new FieldDefinition("hasPreviousPage", boolean) { Description = "Indicates whether more edges exist prior the set defined by the clients arguments." });
        pageInfo.AddField(new FieldDefinition("startCursor", text) { Description = "When paginating backwards, the cursor to continue." });
        pageInfo.AddField(new FieldDefinition("endCursor", text) { Description = "When paginating forwards, the cursor to continue." });
        mapper.Register(pageInfo);
        return pageInfo;
    }
}
