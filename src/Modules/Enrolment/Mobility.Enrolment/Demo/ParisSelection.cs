using Mobility.Enrolment.Calls;
using Mobility.Enrolment.Consortia;
using Mobility.Enrolment.Contracts.Events;
using Mobility.Enrolment.Learners;

namespace Mobility.Enrolment.Demo;

/// <summary>
/// The 2019 call of CAPMOB 2.0 and its applications, driven through the domain's status machine so the demo
/// holds every status: some still applied or shortlisted, others on reserve, rejected, withdrawn or selected,
/// and a few reserves promoted when selected learners withdrew.
/// </summary>
internal static class ParisSelection
{
    private const string Committee = "CAPMOB 2.0 selection committee";
    private static readonly DateTime ConsentAt = At(2018, 11, 5);
    private static readonly DateTime SelectedAt = At(2019, 1, 7);

    public static void Add(DemoBatch batch, DemoRandom random, Consortium consortium)
    {
        var call = MobilityCall.Open(
            DemoIds.Of("call", "capmob-2019"), consortium, "CAPMOB 2.0 – work placements abroad, spring 2019",
            new DateOnly(2018, 10, 1), new DateOnly(2018, 11, 30), new DateOnly(2019, 1, 14), new DateOnly(2019, 6, 28), 120,
            [Criterion("Motivation", 3), Criterion("Professional project", 2), Criterion("Language preparation", 1)]);
        batch.Calls.Add(call);
        foreach (var learner in batch.Learners.Where(_ => random.Chance(40)))
        {
            var application = Application.Submit(
                DemoIds.Of("application", $"capmob-2019/{learner.Id}"), call, consortium, learner,
                $"{learner.FirstName} {learner.LastName}", At(2018, 10, 1).AddDays(random.Next(61)).AddHours(random.Next(10)));
            Decide(batch, random, call, learner, application);
            batch.Applications.Add(application);
        }

        PromoteReserves(batch, call);
    }

    private static void Decide(DemoBatch batch, DemoRandom random, MobilityCall call, Learner learner, Application application)
    {
        var outcome = random.Next(100);
        if (outcome < 5)
        {
            application.Withdraw("Family reasons", $"{learner.FirstName} {learner.LastName}", At(2018, 12, 3));
            return;
        }

        foreach (var criterion in call.Criteria)
        {
            application.Score(criterion, random.Next(3, 11));
        }

        if (outcome < 13)
        {
            return;
        }

        if (outcome < 23)
        {
            application.Reject("The placement project is not ready yet", Committee, At(2018, 12, 14));
            return;
        }

        if (learner.IsMinorOn(DateOnly.FromDateTime(SelectedAt)))
        {
            learner.RecordGuardianConsent($"{random.Pick(DemoPeople.FemaleNames)} {learner.LastName} (parent)", ConsentAt);
        }

        application.Shortlist("Meets the call's requirements", Committee, At(2018, 12, 10));
        if (outcome < 30)
        {
            return;
        }

        var selected = batch.Applications.Count(a => a.Status == ApplicationStatus.Selected);
        if (outcome < 42 || selected >= call.Places)
        {
            application.PlaceOnReserve("Ranked below the places available", Committee, At(2018, 12, 17));
            return;
        }

        Select(batch, call, learner, application, "Ranked within the places available", SelectedAt);
    }

    private static void PromoteReserves(DemoBatch batch, MobilityCall call)
    {
        var dropouts = batch.Applications.Where(a => a.Status == ApplicationStatus.Selected).Take(3).ToList();
        var reserves = batch.Applications.Where(a => a.Status == ApplicationStatus.Reserve).Take(dropouts.Count).ToList();
        foreach (var (dropout, reserve) in dropouts.Zip(reserves))
        {
            var learner = batch.Learners.Single(l => l.Id == dropout.LearnerId);
            dropout.Withdraw("Medical reasons", $"{learner.FirstName} {learner.LastName}", At(2019, 2, 1));
            batch.ApplicationEvents.Add(new ApplicationWithdrawn(
                DemoIds.EventOf("application-withdrawn", dropout.Id), At(2019, 2, 1), dropout.Id, dropout.LearnerId, call.Id,
                call.ConsortiumId, WasSelected: true, "Medical reasons"));
            Select(batch, call, batch.Learners.Single(l => l.Id == reserve.LearnerId), reserve, "Promoted from the reserve list", At(2019, 2, 4));
        }
    }

    private static void Select(DemoBatch batch, MobilityCall call, Learner learner, Application application, string reason, DateTime at)
    {
        var selected = batch.Applications.Count(a => a.Status == ApplicationStatus.Selected);
        application.Select(call, learner, selected, [], reason, Committee, at);
        batch.ApplicationEvents.Add(CallEvents.Selected(application, call, learner, DemoIds.EventOf("application-selected", application.Id), at));
    }

    private static CriterionDefinition Criterion(string name, int weight)
        => new(DemoIds.Of("selection-criterion", $"capmob-2019/{name}"), name, weight);

    private static DateTime At(int year, int month, int day) => new(year, month, day, 9, 0, 0, DateTimeKind.Utc);
}
