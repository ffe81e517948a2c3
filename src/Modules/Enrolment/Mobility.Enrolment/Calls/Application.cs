using Mobility.BuildingBlocks.Domain;
using Mobility.Enrolment.Consortia;
using Mobility.Enrolment.Learners;

namespace Mobility.Enrolment.Calls;

/// <summary>A learner's application to a mobility call, scored per criterion and moved through the selection.</summary>
internal sealed class Application
{
    private readonly List<CriterionScore> _scores = [];
    private readonly List<ApplicationStatusChange> _history = [];

    private Application()
    {
    }

    public Guid Id { get; private set; }

    public Guid MobilityCallId { get; private set; }

    public Guid LearnerId { get; private set; }

    public ApplicationStatus Status { get; private set; }

    public DateTime SubmittedAt { get; private set; }

    public IReadOnlyList<CriterionScore> Scores => _scores;

    public IReadOnlyList<ApplicationStatusChange> History => _history;

    public static Application Submit(
        Guid id, MobilityCall call, Consortium consortium, Learner learner, string submittedBy, DateTime at)
    {
        Rule.Require(call.ConsortiumId == consortium.Id, "CALL_CONSORTIUM_MISMATCH", "The call belongs to another consortium.");
        Rule.Require(call.IsOpenOn(DateOnly.FromDateTime(at)), "CALL_NOT_OPEN",
            $"Applications to '{call.Title}' are accepted from {call.ApplicationsOpenOn:O} to {call.ApplicationsCloseOn:O}.");
        Rule.Require(consortium.HasMember(learner.SchoolId), "LEARNER_NOT_IN_CONSORTIUM",
            $"{learner.FirstName} {learner.LastName}'s school is not a member of {consortium.Name}.");
        var application = new Application
        {
            Id = id, MobilityCallId = call.Id, LearnerId = learner.Id, Status = ApplicationStatus.Applied, SubmittedAt = at,
        };
        application._history.Add(new ApplicationStatusChange(
            id, 1, null, ApplicationStatus.Applied, "Application submitted", submittedBy, at));
        return application;
    }

    public void Score(SelectionCriterion criterion, int score)
    {
        Rule.Require(criterion.MobilityCallId == MobilityCallId, "CRITERION_NOT_IN_CALL", $"'{criterion.Name}' is a criterion of another call.");
        Rule.Require(score is >= 0 and <= CriterionScore.Max, "SCORE_RANGE", $"Scores run from 0 to {CriterionScore.Max}, not {score}.");
        Rule.Require(ApplicationTransitions.IsOpenToScoring(Status), "SCORING_CLOSED",
            $"An application that is {Status} can no longer be scored.");
        var existing = _scores.Find(s => s.SelectionCriterionId == criterion.Id);
        if (existing is null)
        {
            _scores.Add(new CriterionScore(Id, criterion.Id, score));
        }
        else
        {
            existing.Change(score);
        }
    }

    /// <summary>Σ(weight × score) / Σ(weight) over all the call's criteria; an unscored criterion counts as 0.</summary>
    public decimal WeightedScore(IReadOnlyList<SelectionCriterion> criteria)
    {
        var totalWeight = criteria.Sum(c => c.Weight);
        if (totalWeight == 0)
        {
            return 0m;
        }

        var weighted = criteria.Sum(c => c.Weight * (_scores.Find(s => s.SelectionCriterionId == c.Id)?.Score ?? 0));
        return Math.Round((decimal)weighted / totalWeight, 2, MidpointRounding.AwayFromZero);
    }

    public void Shortlist(string reason, string author, DateTime at) => MoveTo(ApplicationStatus.Shortlisted, reason, author, at);

    public void PlaceOnReserve(string reason, string author, DateTime at) => MoveTo(ApplicationStatus.Reserve, reason, author, at);

    public void Reject(string reason, string author, DateTime at) => MoveTo(ApplicationStatus.Rejected, reason, author, at);

    public void Withdraw(string reason, string author, DateTime at) => MoveTo(ApplicationStatus.Withdrawn, reason, author, at);

    /// <summary>
    /// Selects a shortlisted or reserve application, given how many applications to this call are already selected
    /// and the calls on which this learner already holds a selected application.
    /// </summary>
    public void Select(
        MobilityCall call, Learner learner, int selectedOnCall, IReadOnlyList<MobilityCall> callsLearnerIsSelectedOn,
        string reason, string author, DateTime at)
    {
        Rule.Require(call.Id == MobilityCallId && learner.Id == LearnerId, "APPLICATION_MISMATCH",
            "The call and learner given are not this application's.");
        RequireTransition(ApplicationStatus.Selected);
        Rule.Require(selectedOnCall < call.Places, "CALL_PLACES_FILLED",
            $"All {call.Places} places of '{call.Title}' are taken; place the application on reserve instead.");
        var overlapping = callsLearnerIsSelectedOn.FirstOrDefault(c => c.Id != call.Id && c.MobilityOverlaps(call));
        Rule.Require(overlapping is null, "ALREADY_SELECTED_ON_OVERLAPPING_CALL",
            $"{learner.FirstName} {learner.LastName} is already selected on '{overlapping?.Title}', whose mobility period overlaps this one.");

        // Consent is needed if the learner is a minor when selected, or still one when the mobility starts.
        var decisionDay = DateOnly.FromDateTime(at);
        var minorAt = decisionDay < call.MobilityStartsOn ? decisionDay : call.MobilityStartsOn;
        Rule.Require(!learner.IsMinorOn(minorAt) || learner.HasGuardianConsent, "GUARDIAN_CONSENT_REQUIRED",
            $"{learner.FirstName} {learner.LastName} is a minor; record a parent's or guardian's consent before selecting them.");
        MoveTo(ApplicationStatus.Selected, reason, author, at);
        call.NoteSelection();
        learner.NoteSelection();
    }

    private void RequireTransition(ApplicationStatus to)
        => Rule.Require(ApplicationTransitions.IsAllowed(Status, to), "ILLEGAL_STATUS_TRANSITION",
            $"An application that is {Status} cannot become {to}.");

    private void MoveTo(ApplicationStatus to, string reason, string author, DateTime at)
    {
        RequireTransition(to);
        Rule.Require(!string.IsNullOrWhiteSpace(reason) && !string.IsNullOrWhiteSpace(author), "DECISION_REASON_AND_AUTHOR_REQUIRED",
            "Every status change says why and who made it.");
        _history.Add(new ApplicationStatusChange(Id, _history.Count + 1, Status, to, reason.Trim(), author.Trim(), at));
        Status = to;
    }
}
