using Mobility.BuildingBlocks.Domain;
using Mobility.Enrolment.Contracts.Directory;
using Mobility.Placements.Contracts;
using Mobility.Recognition.Schemes;

namespace Mobility.Recognition.Recognitions;

internal sealed partial class PlacementRecognition
{
    /// <summary>
    /// Proposes a unit before departure. It is agreed when the placement's learning agreement is next signed by the
    /// learner, the sending school and the host.
    /// </summary>
    public UnitOfLearningOutcomes DefineUnit(
        Guid unitId, PlacementStatus placementStatus, QualificationUnitSummary qualificationUnit, string title, IReadOnlyList<string> knowledge,
        IReadOnlyList<string> skills, IReadOnlyList<string> competences, decimal? ecvetPoints, RecognitionScheme scheme)
    {
        RequireBeforeDeparture(placementStatus);
        Rule.Require(!string.IsNullOrWhiteSpace(title), "UNIT_TITLE_REQUIRED", "A unit of learning outcomes needs a title.");
        Rule.Require(knowledge.Concat(skills).Concat(competences).Any(s => !string.IsNullOrWhiteSpace(s)), "LEARNING_OUTCOMES_REQUIRED",
            "State at least one learning outcome (knowledge, skill or competence).");
        Rule.Require(_units.Count < MaxUnits, "TOO_MANY_UNITS", $"A placement carries {MaxUnits} units of learning outcomes at most.");
        Rule.Require(!_units.Exists(u => u.QualificationUnitId == qualificationUnit.Id), "UNIT_ALREADY_DEFINED",
            $"Unit {qualificationUnit.Code} of the qualification already has learning outcomes on this placement.");
        Rule.Require(scheme.AppliesTo(qualificationUnit.Code), "SCHEME_NOT_FOR_UNIT",
            $"The scheme {scheme.Code} applies to units {string.Join(", ", scheme.UnitCodes)} only, not to {qualificationUnit.Code}.");
        Rule.Require(ecvetPoints is null or >= 0, "ECVET_POINTS_NEGATIVE", "ECVET points cannot be negative.");
        var unit = new UnitOfLearningOutcomes(
            unitId, Id, _units.Count == 0 ? 1 : _units.Max(u => u.Position) + 1, qualificationUnit.Id, qualificationUnit.Code, qualificationUnit.Title,
            title, knowledge, skills, competences, ecvetPoints, scheme.Code);
        _units.Add(unit);
        return unit;
    }

    public void RemoveUnit(Guid unitId, PlacementStatus placementStatus)
    {
        RequireBeforeDeparture(placementStatus);
        var unit = Unit(unitId);
        Rule.Require(!unit.IsAgreed, "UNIT_ALREADY_AGREED",
            $"Unit {unit.QualificationUnitCode} was agreed in version {unit.AgreedInVersion} of the learning agreement; revise the agreement instead.");
        _units.Remove(unit);
    }

    /// <summary>The learning agreement's version was signed by all three parties: the units proposed so far are agreed in it.</summary>
    public void AgreeUnits(int learningAgreementVersion, DateTime signedAt)
    {
        var proposed = _units.Where(u => !u.IsAgreed).ToList();
        if (proposed.Count == 0)
        {
            return;
        }

        proposed.ForEach(u => u.Agree(learningAgreementVersion));
        AgreedVersion = learningAgreementVersion;
        AgreedAt = signedAt;
    }

    private static void RequireBeforeDeparture(PlacementStatus status)
        => Rule.Require(status is PlacementStatus.Planned or PlacementStatus.Confirmed, "UNITS_AGREED_BEFORE_DEPARTURE",
            $"Units of learning outcomes are agreed before departure; the placement is {status}.");
}
