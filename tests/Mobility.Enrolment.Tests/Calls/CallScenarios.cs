using Mobility.BuildingBlocks.Persistence;
using Mobility.Enrolment.Calls;
using Mobility.TestKit;

namespace Mobility.Enrolment.Tests.Calls;

public abstract class CallScenarios(DatabaseProvider provider) : EnrolmentTestBase(provider)
{
    [Fact]
    public async Task Opening_a_call_keeps_its_window_period_places_and_weighted_criteria()
    {
        var (consortium, _) = await Host.ConsortiumAsync();

        var id = await Host.CallAsync(consortium, places: 12);

        var call = await Host.SendAsync(new GetMobilityCall(id));
        Assert.Equal(12, call.Places);
        Assert.True(call.IsOpenOn(new DateOnly(2026, 9, 1)));
        Assert.False(call.IsOpenOn(new DateOnly(2026, 10, 1)));
        Assert.Equal([("Motivation", 3), ("Professional project", 1)], call.Criteria.OrderByDescending(c => c.Weight).Select(c => (c.Name, c.Weight)));
        Assert.Single(await Host.SendAsync(new ListMobilityCalls(consortium)));
    }

    [Fact]
    public async Task A_call_whose_mobility_starts_before_applications_close_is_rejected()
    {
        var (consortium, _) = await Host.ConsortiumAsync();

        await DomainAssert.RejectsAsync("mobilityStartsOn", "GreaterThan", () => Host.SendAsync(new OpenMobilityCall(
            consortium, "Too early", new DateOnly(2026, 9, 1), new DateOnly(2026, 10, 1), new DateOnly(2026, 9, 15),
            new DateOnly(2026, 10, 15), 5, [new OpenMobilityCall.Criterion("Motivation", 1)])));
    }

    [Fact]
    public async Task Criteria_need_a_name_a_weight_from_1_to_100_and_distinct_names()
    {
        var (consortium, _) = await Host.ConsortiumAsync();
        OpenMobilityCall Call(params OpenMobilityCall.Criterion[] criteria) => new(
            consortium, "Call", new DateOnly(2026, 9, 1), new DateOnly(2026, 10, 1), new DateOnly(2027, 1, 10),
            new DateOnly(2027, 2, 10), 5, criteria);

        await DomainAssert.RejectsAsync("criteria", "NotEmpty", () => Host.SendAsync(Call()));
        await DomainAssert.RejectsAsync("criteria[0].weight", "InclusiveBetween", () => Host.SendAsync(Call(new OpenMobilityCall.Criterion("Motivation", 0))));
        await DomainAssert.ViolatesAsync("CRITERION_NAMES_NOT_DISTINCT", () => Host.SendAsync(
            Call(new("Motivation", 1), new("motivation ", 2))));
    }

    [Fact]
    public async Task A_call_must_send_learners_within_the_consortium_project_period()
    {
        var (consortium, _) = await Host.ConsortiumAsync();

        await DomainAssert.ViolatesAsync("CALL_OUTSIDE_CONSORTIUM_PERIOD", () => Host.CallAsync(
            consortium, new DateOnly(2028, 5, 1), new DateOnly(2028, 6, 30)));
        Assert.Empty(await Host.SendAsync(new ListMobilityCalls(consortium)));
    }
}

public sealed class CallScenariosOnSqlite() : CallScenarios(DatabaseProvider.Sqlite);

public sealed class CallScenariosOnPostgres() : CallScenarios(DatabaseProvider.Postgres);
