using Mobility.Enrolment.Calls;
using Mobility.Enrolment.Consortia;
using Mobility.Enrolment.Learners;

namespace Mobility.Enrolment.Demo;

/// <summary>
/// CAPMOB 2.0's calls and their applications: every one of the 471 learners is selected on exactly one call, the
/// places of each call all taken. Learners whose turn comes later also apply to earlier calls, where they are
/// rejected, left on reserve, withdraw or stay undecided; on each call but the last, three are selected then
/// withdraw, and three reserves of the call are promoted in their place.
/// </summary>
internal static class ParisSelection
{
    private const int Dropouts = 3;
    private const int EarlierApplicationPercent = 20;

    public static void Add(DemoBatch batch, DemoRandom random, Consortium consortium)
    {
        var committee = new DemoCommittee(batch, random, consortium, "CAPMOB 2.0 selection committee");
        var learners = batch.Learners.ToList();
        random.Shuffle(learners);
        var turns = new List<List<Learner>>();
        foreach (var demo in ParisCalls.All)
        {
            turns.Add(learners.GetRange(turns.Sum(t => t.Count), demo.Places));
        }

        foreach (var (demo, index) in ParisCalls.All.Select((c, i) => (c, i)))
        {
            var call = demo.Open(consortium, ("Motivation", 3), ("Professional project", 2), ("Language preparation", 1));
            batch.Calls.Add(call);
            var later = turns.Skip(index + 1).SelectMany(t => t).ToList();
            Decide(committee, random, demo, call, turns[index], later);
        }
    }

    private static void Decide(
        DemoCommittee committee, DemoRandom random, DemoCall demo, MobilityCall call, List<Learner> turn, List<Learner> later)
    {
        var dropouts = later.Take(Dropouts).ToList();
        var promoted = turn.TakeLast(dropouts.Count).ToList();
        var applications = turn.Concat(dropouts).ToDictionary(l => l, l => committee.Submit(demo, call, l));
        foreach (var learner in later.Skip(dropouts.Count).Where(_ => random.Chance(EarlierApplicationPercent)))
        {
            Unsuccessful(committee, random, demo, call, learner, committee.Submit(demo, call, learner));
        }

        foreach (var (learner, application) in applications)
        {
            var onReserve = promoted.Contains(learner);
            committee.Score(call, application, onReserve ? 4 : 6, onReserve ? 7 : 10);
            committee.Shortlist(demo, application);
            if (onReserve)
            {
                committee.PlaceOnReserve(demo, application);
            }
            else
            {
                committee.Select(demo, call, learner, application, "Ranked within the places available", DemoCall.On(demo.DecidedOn));
            }
        }

        foreach (var (dropout, reserve) in dropouts.Zip(promoted))
        {
            committee.Withdraw(call, dropout, applications[dropout], "Medical reasons; will apply to a later call", DemoCall.On(demo.DecidedOn, 2));
            committee.Select(demo, call, reserve, applications[reserve], "Promoted from the reserve list", DemoCall.On(demo.DecidedOn, 4));
        }
    }

    /// <summary>An application by a learner whose turn comes on a later call.</summary>
    private static void Unsuccessful(
        DemoCommittee committee, DemoRandom random, DemoCall demo, MobilityCall call, Learner learner, Application application)
    {
        var outcome = random.Next(100);
        if (outcome < 15)
        {
            committee.Withdraw(call, learner, application, "Family reasons", DemoCall.On(demo.ClosesOn, 3));
            return;
        }

        committee.Score(call, application, 2, 8);
        if (outcome < 25)
        {
            return;
        }

        if (outcome < 60)
        {
            committee.Reject(demo, application);
            return;
        }

        committee.Shortlist(demo, application);
        if (outcome >= 70)
        {
            committee.PlaceOnReserve(demo, application);
        }
    }
}
