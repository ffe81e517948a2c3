using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Mobility.Impact.Data;
using Mobility.Impact.Outcomes;

namespace Mobility.Impact.Indicators;

/// <summary>
/// Computes indicators from the outcome facts with one GROUP BY per breakdown (plus one over the language
/// assessments for CEFR gains), all in SQL. Figures come out in a stable order: breakdown, group, indicator.
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

    private async Task<IReadOnlyList<IndicatorFigure>> ComputeAsync<TKey>(
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
        }).ToListAsync(cancellationToken);

        var gains = await GainsAsync(facts, key, cancellationToken);

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
            foreach (var skill in Enum.GetValues<LanguageSkill>())
            {
                var gain = gains.FirstOrDefault(g => label(g.Key) == group && g.Skill == skill);
                figures.Add(new IndicatorFigure(
                    Indicator.CefrGain, dimension, group, skill.ToString(), gain?.Sum ?? 0, gain?.Count ?? 0,
                    gain is { Count: > 0 } ? Math.Round((decimal)gain.Sum / gain.Count, 4) : null));
            }
        }

        return figures;
    }

    private async Task<List<GainCounts<TKey>>> GainsAsync<TKey>(
        IQueryable<OutcomeFact> facts, Expression<Func<OutcomeFact, TKey>> key, CancellationToken cancellationToken)
    {
        var rows = facts.Join(
            db.LanguageAssessments.Where(a => a.Gain != null), f => f.PlacementId, a => a.PlacementId,
            (f, a) => new GainRow { Fact = f, Skill = a.Skill, Gain = a.Gain!.Value });

        // new GainKey<TKey> { Key = key(r.Fact), Skill = r.Skill }, built so EF Core translates the key into SQL.
        var row = Expression.Parameter(typeof(GainRow), "r");
        var keyOfRow = new ParameterSwap(key.Parameters[0], Expression.Property(row, nameof(GainRow.Fact))).Visit(key.Body);
        var groupKey = Expression.Lambda<Func<GainRow, GainKey<TKey>>>(
            Expression.MemberInit(
                Expression.New(typeof(GainKey<TKey>)),
                Expression.Bind(typeof(GainKey<TKey>).GetProperty(nameof(GainKey<TKey>.Key))!, keyOfRow),
                Expression.Bind(typeof(GainKey<TKey>).GetProperty(nameof(GainKey<TKey>.Skill))!, Expression.Property(row, nameof(GainRow.Skill)))),
            row);
        return await rows.GroupBy(groupKey)
            .Select(g => new GainCounts<TKey> { Key = g.Key.Key, Skill = g.Key.Skill, Sum = g.Sum(r => r.Gain), Count = g.Count() })
            .ToListAsync(cancellationToken);
    }

    private static IndicatorFigure Count(Indicator indicator, Dimension dimension, string group, int count)
        => new(indicator, dimension, group, null, count, count, count);

    private static IndicatorFigure Rate(Indicator indicator, Dimension dimension, string group, int numerator, int denominator)
        => new(indicator, dimension, group, null, numerator, denominator,
            denominator == 0 ? null : Math.Round((decimal)numerator / denominator, 4));

    private sealed class ParameterSwap(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
