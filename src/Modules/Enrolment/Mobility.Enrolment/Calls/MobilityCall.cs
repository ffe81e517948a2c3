using Mobility.BuildingBlocks.Domain;
using Mobility.Enrolment.Consortia;

namespace Mobility.Enrolment.Calls;

/// <summary>A consortium's call for learners: an application window, then a mobility period with a number of places.</summary>
internal sealed class MobilityCall
{
    private readonly List<SelectionCriterion> _criteria = [];

    private MobilityCall()
    {
    }

    public Guid Id { get; private set; }

    public Guid ConsortiumId { get; private set; }

    public string Title { get; private set; } = "";

    public DateOnly ApplicationsOpenOn { get; private set; }

    public DateOnly ApplicationsCloseOn { get; private set; }

    public DateOnly MobilityStartsOn { get; private set; }

    public DateOnly MobilityEndsOn { get; private set; }

    public int Places { get; private set; }

    public IReadOnlyList<SelectionCriterion> Criteria => _criteria;

    /// <summary>
    /// Changes with every selection on the call: a concurrency token, so two selections decided at the same time
    /// cannot both take the last place (the later one is checked again).
    /// </summary>
    public int SelectionVersion { get; private set; }

    public void NoteSelection() => SelectionVersion++;

    public static MobilityCall Open(
        Guid id, Consortium consortium, string title, DateOnly applicationsOpenOn, DateOnly applicationsCloseOn,
        DateOnly mobilityStartsOn, DateOnly mobilityEndsOn, int places, IReadOnlyList<CriterionDefinition> criteria)
    {
        Rule.Require(!string.IsNullOrWhiteSpace(title), "CALL_TITLE_REQUIRED", "A call needs a title.");
        Rule.Require(applicationsCloseOn >= applicationsOpenOn, "APPLICATION_WINDOW_INVALID",
            "Applications must close on or after the day they open.");
        Periods.RequireEndAfterStart(mobilityStartsOn, mobilityEndsOn, "mobility period");
        Rule.Require(mobilityStartsOn > applicationsCloseOn, "MOBILITY_BEFORE_SELECTION",
            "Applications must close before the mobility period starts.");
        Rule.Require(mobilityStartsOn >= consortium.StartsOn && mobilityEndsOn <= consortium.EndsOn, "CALL_OUTSIDE_CONSORTIUM_PERIOD",
            $"The mobility period must lie within {consortium.Name}'s project ({consortium.StartsOn:O} to {consortium.EndsOn:O}).");
        Rule.Require(places >= 1, "CALL_PLACES_RANGE", "A call offers at least one place.");
        RequireCriteria(criteria);
        var call = new MobilityCall
        {
            Id = id,
            ConsortiumId = consortium.Id,
            Title = title.Trim(),
            ApplicationsOpenOn = applicationsOpenOn,
            ApplicationsCloseOn = applicationsCloseOn,
            MobilityStartsOn = mobilityStartsOn,
            MobilityEndsOn = mobilityEndsOn,
            Places = places,
        };
        call._criteria.AddRange(criteria.Select(c => new SelectionCriterion(c.Id, id, c.Name.Trim(), c.Weight)));
        return call;
    }

    public bool IsOpenOn(DateOnly day) => ApplicationsOpenOn <= day && day <= ApplicationsCloseOn;

    public bool MobilityOverlaps(MobilityCall other)
        => Periods.Overlap(MobilityStartsOn, MobilityEndsOn, other.MobilityStartsOn, other.MobilityEndsOn);

    private static void RequireCriteria(IReadOnlyList<CriterionDefinition> criteria)
    {
        Rule.Require(criteria.Count > 0, "SELECTION_CRITERIA_REQUIRED", "A call needs at least one selection criterion.");
        Rule.Require(criteria.All(c => !string.IsNullOrWhiteSpace(c.Name)), "CRITERION_NAME_REQUIRED", "Every criterion needs a name.");
        Rule.Require(criteria.DistinctBy(c => c.Name.Trim().ToUpperInvariant()).Count() == criteria.Count,
            "CRITERION_NAMES_NOT_DISTINCT", "Two criteria of a call cannot have the same name.");
        Rule.Require(criteria.All(c => c.Weight is >= 1 and <= SelectionCriterion.MaxWeight), "CRITERION_WEIGHT_RANGE",
            $"Criterion weights run from 1 to {SelectionCriterion.MaxWeight}.");
    }
}
