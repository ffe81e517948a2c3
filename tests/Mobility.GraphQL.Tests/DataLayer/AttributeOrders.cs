namespace Mobility.GraphQL.Tests.DataLayer;

/// <summary>The same field with the four data attributes in each of their 24 orders.</summary>
public sealed class AttributeOrders
{
    [UsePaging(IncludeTotalCount = true)]
    [UseProjection]
    [UseFiltering]
    [UseSorting]
    public static IQueryable<Placement> GetPlacementsPOFS([Service] TravelDb db) => db.Placements;

    [UsePaging(IncludeTotalCount = true)]
    [UseProjection]
    [UseSorting]
    [UseFiltering]
    public static IQueryable<Placement> GetPlacementsPOSF([Service] TravelDb db) => db.Placements;

    [UsePaging(IncludeTotalCount = true)]
    [UseFiltering]
    [UseProjection]
    [UseSorting]
    public static IQueryable<Placement> GetPlacementsPFOS([Service] TravelDb db) => db.Placements;

    [UsePaging(IncludeTotalCount = true)]
    [UseFiltering]
    [UseSorting]
    [UseProjection]
    public static IQueryable<Placement> GetPlacementsPFSO([Service] TravelDb db) => db.Placements;

    [UsePaging(IncludeTotalCount = true)]
    [UseSorting]
    [UseProjection]
    [UseFiltering]
    public static IQueryable<Placement> GetPlacementsPSOF([Service] TravelDb db) => db.Placements;

    [UsePaging(IncludeTotalCount = true)]
    [UseSorting]
    [UseFiltering]
    [UseProjection]
    public static IQueryable<Placement> GetPlacementsPSFO([Service] TravelDb db) => db.Placements;

    [UseProjection]
    [UsePaging(IncludeTotalCount = true)]
    [UseFiltering]
    [UseSorting]
    public static IQueryable<Placement> GetPlacementsOPFS([Service] TravelDb db) => db.Placements;

    [UseProjection]
    [UsePaging(IncludeTotalCount = true)]
    [UseSorting]
    [UseFiltering]
    public static IQueryable<Placement> GetPlacementsOPSF([Service] TravelDb db) => db.Placements;

    [UseProjection]
    [UseFiltering]
    [UsePaging(IncludeTotalCount = true)]
    [UseSorting]
    public static IQueryable<Placement> GetPlacementsOFPS([Service] TravelDb db) => db.Placements;

    [UseProjection]
    [UseFiltering]
    [UseSorting]
    [UsePaging(IncludeTotalCount = true)]
    public static IQueryable<Placement> GetPlacementsOFSP([Service] TravelDb db) => db.Placements;

    [UseProjection]
    [UseSorting]
    [UsePaging(IncludeTotalCount = true)]
    [UseFiltering]
    public static IQueryable<Placement> GetPlacementsOSPF([Service] TravelDb db) => db.Placements;

    [UseProjection]
    [UseSorting]
    [UseFiltering]
    [UsePaging(IncludeTotalCount = true)]
    public static IQueryable<Placement> GetPlacementsOSFP([Service] TravelDb db) => db.Placements;

    [UseFiltering]
    [UsePaging(IncludeTotalCount = true)]
    [UseProjection]
    [UseSorting]
    public static IQueryable<Placement> GetPlacementsFPOS([Service] TravelDb db) => db.Placements;

    [UseFiltering]
    [UsePaging(IncludeTotalCount = true)]
    [UseSorting]
    [UseProjection]
    public static IQueryable<Placement> GetPlacementsFPSO([Service] TravelDb db) => db.Placements;

    [UseFiltering]
    [UseProjection]
    [UsePaging(IncludeTotalCount = true)]
    [UseSorting]
    public static IQueryable<Placement> GetPlacementsFOPS([Service] TravelDb db) => db.Placements;

    [UseFiltering]
    [UseProjection]
    [UseSorting]
    [UsePaging(IncludeTotalCount = true)]
    public static IQueryable<Placement> GetPlacementsFOSP([Service] TravelDb db) => db.Placements;

    [UseFiltering]
    [UseSorting]
    [UsePaging(IncludeTotalCount = true)]
    [UseProjection]
    public static IQueryable<Placement> GetPlacementsFSPO([Service] TravelDb db) => db.Placements;

    [UseFiltering]
    [UseSorting]
    [UseProjection]
    [UsePaging(IncludeTotalCount = true)]
    public static IQueryable<Placement> GetPlacementsFSOP([Service] TravelDb db) => db.Placements;

    [UseSorting]
    [UsePaging(IncludeTotalCount = true)]
    [UseProjection]
    [UseFiltering]
    public static IQueryable<Placement> GetPlacementsSPOF([Service] TravelDb db) => db.Placements;

    [UseSorting]
    [UsePaging(IncludeTotalCount = true)]
    [UseFiltering]
    [UseProjection]
    public static IQueryable<Placement> GetPlacementsSPFO([Service] TravelDb db) => db.Placements;

    [UseSorting]
    [UseProjection]
    [UsePaging(IncludeTotalCount = true)]
    [UseFiltering]
    public static IQueryable<Placement> GetPlacementsSOPF([Service] TravelDb db) => db.Placements;

    [UseSorting]
    [UseProjection]
    [UseFiltering]
    [UsePaging(IncludeTotalCount = true)]
    public static IQueryable<Placement> GetPlacementsSOFP([Service] TravelDb db) => db.Placements;

    [UseSorting]
    [UseFiltering]
    [UsePaging(IncludeTotalCount = true)]
    [UseProjection]
    public static IQueryable<Placement> GetPlacementsSFPO([Service] TravelDb db) => db.Placements;

    [UseSorting]
    [UseFiltering]
    [UseProjection]
    [UsePaging(IncludeTotalCount = true)]
    public static IQueryable<Placement> GetPlacementsSFOP([Service] TravelDb db) => db.Placements;
}
