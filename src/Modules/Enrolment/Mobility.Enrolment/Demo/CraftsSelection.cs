using Mobility.Enrolment.Consortia;

namespace Mobility.Enrolment.Demo;

/// <summary>The partnership's one call: each training partner's apprentices apply and are all selected.</summary>
internal static class CraftsSelection
{
    public static readonly DemoCall Call = new(
        "crafts-2021", "Apprentices' placements abroad with recognised learning outcomes, 2021-2023", new(2021, 3, 1),
        new(2021, 4, 30), new(2021, 6, 1), new(2021, 9, 6), new(2023, 2, 28), 24);

    public static void Add(DemoBatch batch, DemoRandom random, Consortium consortium)
    {
        var committee = new DemoCommittee(batch, random, consortium, "Partnership steering committee");
        var call = Call.Open(consortium, ("Motivation", 2), ("Employer's support", 2), ("Language preparation", 1));
        batch.Calls.Add(call);
        foreach (var learner in batch.Learners)
        {
            var application = committee.Submit(Call, call, learner);
            committee.Score(call, application, 6, 10);
            committee.Shortlist(Call, application);
            committee.Select(Call, call, learner, application, "The employer agrees and the training plan allows it", DemoCall.On(Call.DecidedOn));
        }
    }
}
