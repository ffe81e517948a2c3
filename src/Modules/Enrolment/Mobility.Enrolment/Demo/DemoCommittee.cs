using Mobility.Enrolment.Calls;
using Mobility.Enrolment.Consortia;
using Mobility.Enrolment.Contracts.Events;
using Mobility.Enrolment.Learners;

namespace Mobility.Enrolment.Demo;

/// <summary>
/// A consortium's selection committee, deciding through the domain's status machine and announcing each decision
/// as the use cases would. It keeps, in memory, what SelectApplication reads from the database: the places taken on
/// each call and the call each learner is currently selected on.
/// </summary>
internal sealed class DemoCommittee(DemoBatch batch, DemoRandom random, Consortium consortium, string name)
{
    private readonly Dictionary<Guid, int> _taken = [];
    private readonly Dictionary<Guid, MobilityCall> _selectedOn = [];

    public Application Submit(DemoCall demo, MobilityCall call, Learner learner)
    {
        var window = demo.ClosesOn.DayNumber - demo.OpensOn.DayNumber + 1;
        var application = Application.Submit(
            DemoIds.Of("application", $"{demo.Key}/{learner.Id}"), call, consortium, learner, NameOf(learner),
            DemoCall.On(demo.OpensOn, random.Next(window)).AddHours(random.Next(10)));
        batch.Applications.Add(application);
        return application;
    }

    public void Score(MobilityCall call, Application application, int lowest, int highest)
    {
        foreach (var criterion in call.Criteria)
        {
            application.Score(criterion, random.Next(lowest, highest + 1));
        }
    }

    public void Shortlist(DemoCall demo, Application application)
        => application.Shortlist("Meets the call's requirements", name, DemoCall.On(demo.DecidedOn, -7));

    public void Reject(DemoCall demo, Application application)
        => application.Reject("The placement project is not ready yet", name, DemoCall.On(demo.DecidedOn, -5));

    public void PlaceOnReserve(DemoCall demo, Application application)
        => application.PlaceOnReserve("Ranked below the places available", name, DemoCall.On(demo.DecidedOn));

    /// <summary>Records a guardian's consent first when the learner is a minor, as the committee must before selecting.</summary>
    public void Select(DemoCall demo, MobilityCall call, Learner learner, Application application, string reason, DateTime at)
    {
        var decisionDay = DateOnly.FromDateTime(at);
        if (learner.IsMinorOn(decisionDay < call.MobilityStartsOn ? decisionDay : call.MobilityStartsOn) && !learner.HasGuardianConsent)
        {
            learner.RecordGuardianConsent($"{random.Pick(DemoPeople.FemaleNames)} {learner.LastName} (parent)", DemoCall.On(demo.DecidedOn, -10));
        }

        IReadOnlyList<MobilityCall> selectedOn = _selectedOn.TryGetValue(learner.Id, out var other) ? [other] : [];
        application.Select(call, learner, _taken.GetValueOrDefault(call.Id), selectedOn, reason, name, at);
        _taken[call.Id] = _taken.GetValueOrDefault(call.Id) + 1;
        _selectedOn[learner.Id] = call;
        batch.ApplicationEvents.Add(CallEvents.Selected(application, call, learner, DemoIds.EventOf("application-selected", application.Id), at));
    }

    public void Withdraw(MobilityCall call, Learner learner, Application application, string reason, DateTime at)
    {
        var wasSelected = application.Status == ApplicationStatus.Selected;
        application.Withdraw(reason, NameOf(learner), at);
        if (wasSelected)
        {
            _taken[call.Id]--;
            _selectedOn.Remove(learner.Id);
        }

        batch.ApplicationEvents.Add(new ApplicationWithdrawn(
            DemoIds.EventOf("application-withdrawn", application.Id), at, application.Id, learner.Id, call.Id, call.ConsortiumId,
            wasSelected, reason));
    }

    private static string NameOf(Learner learner) => $"{learner.FirstName} {learner.LastName}";
}
