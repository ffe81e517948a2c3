using Microsoft.Extensions.DependencyInjection;
using Mobility.BuildingBlocks.Persistence;
using Mobility.Impact.Indicators;

namespace Mobility.Impact.Tests.Indicators;

/// <summary>One world of 160 learners on a real database, played through the module's events and use cases.</summary>
public abstract class IndicatorWorldFixture(DatabaseProvider provider) : ImpactTestBase(provider)
{
    internal OutcomeWorld World { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        World = OutcomeWorld.Build(Enrolment, learners: 160, seed: 7);
        await World.PlayAsync(Host);
    }
}

public sealed class IndicatorWorldOnSqlite() : IndicatorWorldFixture(DatabaseProvider.Sqlite);

public sealed class IndicatorWorldOnPostgres() : IndicatorWorldFixture(DatabaseProvider.Postgres);

/// <summary>
/// The table of indicator cases: each names a filter and a breakdown; the module computes every indicator for every
/// group, and the test compares each figure (numerator, denominator, value) with its own count from the world's lists.
/// </summary>
public abstract class IndicatorCases(IndicatorWorldFixture fixture)
{
    public static TheoryData<string> Cases => [.. CaseTable.Keys];

    private static readonly Dictionary<string, Case> CaseTable = new()
    {
        ["everyone"] = new(_ => IndicatorFilter.None, Dimension.Total, (_, _) => _ => true, (_, _) => _ => "All"),
        ["by qualification level"] = new(_ => IndicatorFilter.None, Dimension.QualificationLevel, (_, _) => _ => true,
            (w, l) => p => w.Qualifications[l[p.Learner].Qualification].Level),
        ["by qualification"] = new(_ => IndicatorFilter.None, Dimension.Qualification, (_, _) => _ => true,
            (_, l) => p => l[p.Learner].Qualification.ToString()),
        ["by academic year"] = new(_ => IndicatorFilter.None, Dimension.AcademicYear, (_, _) => _ => true,
            (_, _) => p => ExpectedFigures.AcademicYear(p.EndsOn)),
        ["by consortium"] = new(_ => IndicatorFilter.None, Dimension.Consortium, (_, _) => _ => true, (_, l) => p => l[p.Learner].Consortium.ToString()),
        ["by member organisation within CAPMOB"] = new(w => new IndicatorFilter(ConsortiumId: w.Consortia[0]), Dimension.Organisation,
            (w, l) => p => l[p.Learner].Consortium == w.Consortia[0], (_, _) => p => p.School.ToString()),
        ["by destination country, fewer opportunities only"] = new(_ => new IndicatorFilter(FewerOpportunities: "Yes"),
            Dimension.DestinationCountry, (_, l) => p => l[p.Learner].FewerOpportunities == true, (_, _) => p => p.Country),
        ["by sector in 2019-2020"] = new(_ => new IndicatorFilter(AcademicYear: "2019-2020"), Dimension.Sector,
            (_, _) => p => ExpectedFigures.AcademicYear(p.EndsOn) == "2019-2020", (_, _) => p => p.Sector ?? "Unknown"),
        ["by duration band"] = new(_ => IndicatorFilter.None, Dimension.DurationBand, (_, _) => _ => true, (_, _) => p => ExpectedFigures.Band(p.Days)),
        ["by gender, Bac Pro in Spain"] = new(_ => new IndicatorFilter(QualificationLevel: "Bac Pro", DestinationCountry: "ES"), Dimension.Gender,
            (w, l) => p => w.Qualifications[l[p.Learner].Qualification].Level == "Bac Pro" && p.Country == "ES", (_, l) => p => l[p.Learner].Gender),
        ["by fewer opportunities, women"] = new(_ => new IndicatorFilter(Gender: "Female"), Dimension.FewerOpportunities,
            (_, l) => p => l[p.Learner].Gender == "Female",
            (_, l) => p => l[p.Learner].FewerOpportunities switch { true => "Yes", false => "No", null => "Unknown" }),
        ["one school, 15 to 30 days"] = new(w => new IndicatorFilter(OrganisationId: w.Schools[1], DurationBand: "15 to 30 days"), Dimension.Total,
            (w, _) => p => p.School == w.Schools[1] && p.Days is >= 15 and <= 30, (_, _) => _ => "All"),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_figure_equals_the_count_the_test_makes_itself(string name)
    {
        var @case = CaseTable[name];
        var world = fixture.World;
        var learners = world.Learners.ToDictionary(l => l.Id);
        var expected = ExpectedFigures.Compute(world, @case.Population(world, learners), @case.Group(world, learners));

        var actual = await fixture.Host.InScopeAsync<IServiceProvider, IReadOnlyList<IndicatorFigure>>(async services =>
        {
            await services.GetRequiredService<FactRefresher>().RefreshAsync(full: false, CancellationToken.None);
            return await services.GetRequiredService<IndicatorCalculator>().ComputeAsync(@case.Filter(world), [@case.Dimension], CancellationToken.None);
        });

        Assert.NotEmpty(expected);
        Assert.Equal(
            expected.Keys.Select(k => (k.Item1, k.Group, k.Skill)).Order().ToList(),
            actual.Select(f => (f.Indicator, f.Group, f.Skill)).Order().ToList());
        foreach (var figure in actual)
        {
            var (numerator, denominator) = expected[(figure.Indicator, figure.Group, figure.Skill)];
            Assert.True(
                (numerator, denominator) == (figure.Numerator, figure.Denominator),
                $"{name} / {figure.Indicator} {figure.Skill} [{figure.Group}]: expected {numerator}/{denominator}, got {figure.Numerator}/{figure.Denominator}");
            var value = figure.Indicator is Indicator.Participants or Indicator.Placements ? numerator
                : denominator == 0 ? (decimal?)null : Math.Round(numerator / denominator, 4);
            Assert.Equal(value, figure.Value);
        }
    }

    internal sealed record Case(
        Func<OutcomeWorld, IndicatorFilter> Filter,
        Dimension Dimension,
        Func<OutcomeWorld, Dictionary<Guid, OutcomeWorld.Learner>, Func<OutcomeWorld.Placement, bool>> Population,
        Func<OutcomeWorld, Dictionary<Guid, OutcomeWorld.Learner>, Func<OutcomeWorld.Placement, string>> Group);
}

public sealed class IndicatorCasesOnSqlite(IndicatorWorldOnSqlite fixture) : IndicatorCases(fixture), IClassFixture<IndicatorWorldOnSqlite>;

public sealed class IndicatorCasesOnPostgres(IndicatorWorldOnPostgres fixture) : IndicatorCases(fixture), IClassFixture<IndicatorWorldOnPostgres>;
