namespace Mobility.GraphQL.Tests.DataLayer;

public sealed class TravelQueries
{
    [UsePaging(IncludeTotalCount = true, MaxPageSize = 50)]
    [UseProjection]
    [UseFiltering]
    [UseSorting]
    public static IQueryable<Placement> GetPlacements([Service] TravelDb db) => db.Placements;

    [UsePaging]
    [UseFiltering]
    [UseSorting]
    [UseProjection]
    public static IQueryable<Learner> GetLearners([Service] TravelDb db) => db.Learners;

    [UseProjection]
    [UseFiltering]
    [UseSorting]
    public static IQueryable<Host> GetHosts([Service] TravelDb db) => db.Hosts;

    public static GraphQLSchema Schema() => new GraphQLSchemaBuilder()
        .AddQueryType<TravelQueries>()
        .AddQueryType<AttributeOrders>()
        .AddComputedField<Learner, string>("fullName", l => l.FirstName + " " + l.LastName, "First and last name.")
        .AddComputedField<Placement, int>("workingDays", p => p.Weeks * 5)
        .AddComputedField<Host, string>("label", h => h.Name + " (" + h.Country.Code + ")")
        .Build();
}
