namespace Mobility.BuildingBlocks.Domain;

/// <summary>One field that broke one rule, e.g. <c>projectReference</c> / <c>ProjectReferenceFormat</c>.</summary>
public sealed record ValidationFailure(string Field, string Rule, string Message);
