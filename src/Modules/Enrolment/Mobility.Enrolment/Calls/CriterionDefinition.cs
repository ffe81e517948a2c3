namespace Mobility.Enrolment.Calls;

/// <summary>A criterion as a call is opened with it.</summary>
internal sealed record CriterionDefinition(Guid Id, string Name, int Weight);
