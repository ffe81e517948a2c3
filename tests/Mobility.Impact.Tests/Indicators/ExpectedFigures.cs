using System.Globalization;
using Mobility.Impact.Indicators;
using Mobility.Impact.Outcomes;

namespace Mobility.Impact.Tests.Indicators;

/// <summary>
/// Computes the expected figures straight from the world's lists, written from the definitions in docs/impact.md
/// without any of the module's code: rates over the people who answered, learner outcomes on each learner's latest
/// placement, pass = passed at any session, pending left out.
/// </summary>
internal static class ExpectedFigures
{
    public static Dictionary<(Indicator, string Group, string? Skill), (decimal Numerator, int Denominator)> Compute(
        OutcomeWorld world, Func<OutcomeWorld.Placement, bool> filter, Func<OutcomeWorld.Placement, string> group)
    {
        var placements = world.Placements.Where(filter).ToList();
        var latest = world.Placements.GroupBy(p => p.Learner).ToDictionary(g => g.Key, g => g.MaxBy(p => p.EndsOn)!.Id);
        var result = new Dictionary<(Indicator, string, string?), (decimal, int)>();

        foreach (var byGroup in placements.GroupBy(group))
        {
            var g = byGroup.Key;
            var list = byGroup.ToList();
            var people = list.Where(p => latest[p.Learner] == p.Id).Select(p => p.Learner).ToList();
            result[(Indicator.Placements, g, null)] = (list.Count, list.Count);
            result[(Indicator.Participants, g, null)] = (people.Count, people.Count);

            var answered = list.Where(p => world.Surveys.ContainsKey(p.Id)).Select(p => world.Surveys[p.Id]).ToList();
            result[(Indicator.SurveyResponseRate, g, null)] = (answered.Count, list.Count);
            result[(Indicator.SatisfactionRate, g, null)] = Agreed(answered.Select(a => a.Satisfaction));
            result[(Indicator.LanguageImproved, g, null)] = Agreed(answered.Select(a => a.Language));
            result[(Indicator.SelfConfidence, g, null)] = Agreed(answered.Select(a => a.Confidence));
            result[(Indicator.ReadyToRepeat, g, null)] = Agreed(answered.Select(a => a.ReadyAgain));

            var decided = people
                .Select(l => world.Exams.Where(e => e.Learner == l && e.Outcome != ExamOutcome.Pending).Select(e => e.Outcome).ToList())
                .Where(o => o.Count > 0).ToList();
            result[(Indicator.PassRate, g, null)] = (decided.Count(o => o.Contains(ExamOutcome.Passed)), decided.Count);
            result[(Indicator.JobOffers, g, null)] = (people.Count(l => world.Careers.Any(c =>
                c.Learner == l && c.Kind is CareerOutcomeKind.JobOffer or CareerOutcomeKind.SeasonalContract)), people.Count);
            result[(Indicator.FurtherStudy, g, null)] = (people.Count(l => world.Careers.Any(c => c.Learner == l && c.Kind == CareerOutcomeKind.FurtherStudy)), people.Count);
            result[(Indicator.LeftTraining, g, null)] = (people.Count(l => world.Careers.Any(c => c.Learner == l && c.Kind == CareerOutcomeKind.LeftTraining)), people.Count);
            result[(Indicator.UnitRecognised, g, null)] = (0, people.Count); // this world has no recognition (UnitRecognitionScenarios has)

            var ids = list.Select(p => p.Id).ToHashSet();
            foreach (var skill in Enum.GetValues<LanguageSkill>())
            {
                var gains = world.Assessments.Where(a => ids.Contains(a.Placement) && a.Skill == skill && a.After is not null)
                    .Select(a => (int)a.After!.Value - (int)a.Before).ToList();
                result[(Indicator.CefrGain, g, skill.ToString())] = (gains.Sum(), gains.Count);
            }
        }

        return result;
    }

    private static (decimal, int) Agreed(IEnumerable<Likert?> answers)
    {
        var given = answers.Where(a => a is not null).ToList();
        return (given.Count(a => a >= Likert.Agree), given.Count);
    }

    public static string AcademicYear(DateOnly endsOn)
        => endsOn.Month >= 9
            ? string.Create(CultureInfo.InvariantCulture, $"{endsOn.Year}-{endsOn.Year + 1}")
            : string.Create(CultureInfo.InvariantCulture, $"{endsOn.Year - 1}-{endsOn.Year}");

    public static string Band(int days) => days < 15 ? "Up to 14 days" : days < 31 ? "15 to 30 days" : days < 61 ? "31 to 60 days"
        : days < 90 ? "61 to 89 days" : "90 days or more";
}
