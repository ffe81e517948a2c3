using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Mobility.Impact.Data;
using Mobility.Impact.Outcomes;

namespace Mobility.Impact.Indicators;

/// <summary>
/// Computes indicators from the outcome facts with one GROUP BY per breakdown (CEFR gains included: the facts carry
/// them per skill), all in SQL. Figures come out in a stable order: breakdown, group, indicator.
/// </summary>
internal sealed class IndicatorCalculator(ImpactDbContext db)
{
    public Task<IReadOnlyList<IndicatorFigure>> ComputeAsync(
        IndicatorFilter filter, IReadOnlyCollection<Dimension> breakdowns, CancellationToken cancellationToken)
        => ComputeAsync(filter, breakdowns, IndicatorScope.Everything, cancellationToken);

    /// <summary>The figures over the facts within <paramref name="scope"/> (unsuppressed: the caller suppresses).</summary>
    public async Task<IReadOnlyList<IndicatorFigure>> ComputeAsync(
        IndicatorFilter filter, IReadOnlyCollection<Dimension> breakdowns, IndicatorScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(breakdowns);
        ArgumentNullException.ThrowIfNull(scope);
        var facts = scope.Apply(filter.Apply(db.OutcomeFacts.AsNoTracking()));
        var figures = new List<IndicatorFigure>();
        foreach (var dimension in breakdowns.Distinct().Order())
        {
            figures.AddRange(dimension switch
            {
                Dimension.Total => await ComputeAsync(facts, dimension, f => 1, _ => "All", cancellationToken),
                Dimension.AcademicYear => await ComputeAsync(facts, dimension, f => f.AcademicYear, k => k, cancellationToken),
                Dimension.Consortium => await ComputeAsync(facts, dimension, f => f.ConsortiumId, Id, cancellationToken),
                Dimension.Organisation => await ComputeAsync(facts, dimension, f => f.OrganisationId, k => Id(k), cancellationToken),
                Dimension.DestinationCountry => await ComputeAsync(facts, dimension, f => f.DestinationCountry, k => k, cancellationToken),
                Dimension.Sector => await ComputeAsync(facts, dimension, f => f.Sector, k => k, cancellationToken),
                Dimension.Qualification => await ComputeAsync(facts, dimension, f => f.QualificationId, Id, cancellationToken),
                Dimension.QualificationLevel => await ComputeAsync(facts, dimension, f => f.QualificationLevel, k => k, cancellationToken),
                Dimension.DurationBand => await ComputeAsync(facts, dimension, f => f.DurationBand, k => k, cancellationToken),
                Dimension.Gender => await ComputeAsync(facts, dimension, f => f.Gender, k => k, cancellationToken),
                Dimension.FewerOpportunities => await ComputeAsync(facts, dimension, f => f.FewerOpportunities, k => k, cancellationToken),
                _ => throw new ArgumentOutOfRangeException(nameof(breakdowns), dimension, "Unknown dimension."),
            });
        }

        return figures;
    }

    private static string Id(Guid? id) => id?.ToString() ?? "Unknown";

    private static async Task<IReadOnlyList<IndicatorFigure>> ComputeAsync<TKey>(
        IQueryable<OutcomeFact> facts, Dimension dimension, Expression<Func<OutcomeFact, TKey>> key, Func<TKey, string> label,
        CancellationToken cancellationToken)
    {
        var counts = await facts.GroupBy(key).Select(g => new FactCounts<TKey>
        {
            Key = g.Key,
            Placements = g.Count(),
            Participants = g.Sum(f => f.LatestForLearner),
            SurveysSent = g.Sum(f => f.SurveySent),
            SurveysAnswered = g.Sum(f => f.SurveyAnswered),
            Satisfied = g.Sum(f => f.Satisfied ?? 0),
            SatisfiedBase = g.Count(f => f.Satisfied != null),
            LanguageImproved = g.Sum(f => f.LanguageImproved ?? 0),
            LanguageImprovedBase = g.Count(f => f.LanguageImproved != null),
            SelfConfident = g.Sum(f => f.SelfConfident ?? 0),
            SelfConfidentBase = g.Count(f => f.SelfConfident != null),
            ReadyAgain = g.Sum(f => f.ReadyAgain ?? 0),
            ReadyAgainBase = g.Count(f => f.ReadyAgain != null),
            ExamPassed = g.Sum(f => f.ExamPassed ?? 0),
            ExamBase = g.Count(f => f.ExamPassed != null),
            JobOffers = g.Sum(f => f.JobOffer),
            FurtherStudy = g.Sum(f => f.FurtherStudy),
            LeftTraining = g.Sum(f => f.LeftTraining),
            UnitRecognised = g.Sum(f => f.UnitRecognised),
            ListeningGain = g.Sum(f => f.ListeningGain),
            ListeningAssessed = g.Sum(f => f.ListeningAssessed),
            ReadingGain = g.Sum(f => f.ReadingGain),
            ReadingAssessed = g.Sum(f => f.ReadingAssessed),
            SpokenInteractionGain = g.Sum(f => f.SpokenInteractionGain),
            SpokenInteractionAssessed = g.Sum(f => f.SpokenInteractionAssessed),
            SpokenProductionGain = g.Sum(f => f.SpokenProductionGain),
            SpokenProductionAssessed = g.Sum(f => f.SpokenProductionAssessed),
            WritingGain = g.Sum(f => f.WritingGain),
            WritingAssessed = g.Sum(f => f.WritingAssessed),
        }).ToListAsync(cancellationToken);

        var figures = new List<IndicatorFigure>();
        foreach (var c in counts.OrderBy(c => label(c.Key), StringComparer.Ordinal))
        {
            var group = label(c.Key);
            figures.Add(Count(Indicator.Participants, dimension, group, c.Participants));
            figures.Add(Count(Indicator.Placements, dimension, group, c.Placements));
            figures.Add(Rate(Indicator.SurveyResponseRate, dimension, group, c.SurveysAnswered, c.SurveysSent));
            figures.Add(Rate(Indicator.PassRate, dimension, group, c.ExamPassed, c.ExamBase));
            figures.Add(Rate(Indicator.LanguageImproved, dimension, group, c.LanguageImproved, c.LanguageImprovedBase));
            figures.Add(Rate(Indicator.SatisfactionRate, dimension, group, c.Satisfied, c.SatisfiedBase));
            figures.Add(Rate(Indicator.SelfConfidence, dimension, group, c.SelfConfident, c.SelfConfidentBase));
            figures.Add(Rate(Indicator.ReadyToRepeat, dimension, group, c.ReadyAgain, c.ReadyAgainBase));
            figures.Add(Rate(Indicator.JobOffers, dimension, group, c.JobOffers, c.Participants));
            figures.Add(Rate(Indicator.FurtherStudy, dimension, group, c.FurtherStudy, c.Participants));
            figures.Add(Rate(Indicator.LeftTraining, dimension, group, c.LeftTraining, c.Participants));
            figures.Add(Rate(Indicator.UnitRecognised, dimension, group, c.UnitRecognised, c.Participants));
            foreach (var skill in Enum.GetValues<LanguageSkill>())
            {
                var (sum, count) = c.Gain(skill);
                figures.Add(new IndicatorFigure(
                    Indicator.CefrGain, dimension, group, skill.ToString(), sum, count,
                    count > 0 ? Math.Round((decimal)sum / count, 4) : null));
            }
        }

        return figures;
    }

    private static IndicatorFigure Count(Indicator indicator, Dimension dimension, string group, int count)
        => new(indicator, dimension, group, null, count, count, count);

    private static IndicatorFigure Rate(Indicator indicator, Dimension dimension, string group, int numerator, int denominator)
        => new(indicator, dimension, group, null, numerator, denominator,
            denominator == 0 ? null : Math.Round((decimal)numerator / denominator, 4));
}
