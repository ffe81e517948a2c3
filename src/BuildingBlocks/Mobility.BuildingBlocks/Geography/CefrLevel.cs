namespace Mobility.BuildingBlocks.Geography;

/// <summary>Common European Framework of Reference levels, in order, so gains can be computed by subtraction.</summary>
public enum CefrLevel
{
    A1 = 1,
    A2 = 2,
    B1 = 3,
    B2 = 4,
    C1 = 5,
    C2 = 6,
}
