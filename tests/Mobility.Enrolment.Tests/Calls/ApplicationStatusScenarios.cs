using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Persistence;
using Mobility.Enrolment.Calls;
using Mobility.Enrolment.Data;
using Mobility.TestKit;

namespace Mobility.Enrolment.Tests.Calls;

public abstract class ApplicationStatusScenarios(DatabaseProvider provider) : ApplicationTestBase(provider)
{
    [Theory]
    [InlineData("Shortlist", "Shortlisted")]
    [InlineData("Shortlist Select", "Selected")]
    [InlineData("Shortlist Reserve", "Reserve")]
    [InlineData("Shortlist Reserve Select", "Selected")]
    [InlineData("Shortlist Reserve Reject", "Rejected")]
    [InlineData("Shortlist Reject", "Rejected")]
    [InlineData("Reject", "Rejected")]
    [InlineData("Withdraw", "Withdrawn")]
    [InlineData("Shortlist Withdraw", "Withdrawn")]
    [InlineData("Shortlist Reserve Withdraw", "Withdrawn")]
    [InlineData("Shortlist Select Withdraw", "Withdrawn")]
    public async Task Legal_transitions_lead_to_the_expected_status(string steps, string expected)
    {
        var application = await ApplyAsync();

        foreach (var step in steps.Split(' '))
        {
            await MoveAsync(application, step);
        }

        Assert.Equal(Enum.Parse<ApplicationStatus>(expected), await StatusAsync(application));
    }

    [Theory]
    [InlineData("Select")]
    [InlineData("Reserve")]
    [InlineData("Shortlist Shortlist")]
    [InlineData("Reject Shortlist")]
    [InlineData("Reject Withdraw")]
    [InlineData("Withdraw Shortlist")]
    [InlineData("Withdraw Withdraw")]
    [InlineData("Shortlist Select Reject")]
    [InlineData("Shortlist Select Reserve")]
    [InlineData("Shortlist Select Select")]
    [InlineData("Shortlist Reserve Shortlist")]
    public async Task Illegal_transitions_are_refused_and_leave_the_application_as_it_was(string steps)
    {
        var application = await ApplyAsync();
        var moves = steps.Split(' ');
        foreach (var step in moves[..^1])
        {
            await MoveAsync(application, step);
        }

        var before = await Host.SendAsync(new GetApplicationHistory(application));
        await DomainAssert.ViolatesAsync("ILLEGAL_STATUS_TRANSITION", () => MoveAsync(application, moves[^1]));

        var after = await Host.SendAsync(new GetApplicationHistory(application));
        Assert.Equal(before.Count, after.Count);
        Assert.Equal(before[^1].ToStatus, after[^1].ToStatus);
    }

    [Fact]
    public async Task Every_change_is_kept_in_the_history_with_its_reason_author_and_time()
    {
        var application = await ApplyAsync();
        Host.Clock.Advance(TimeSpan.FromDays(10));
        await MoveAsync(application, "Shortlist");
        Host.Clock.Advance(TimeSpan.FromDays(5));
        await MoveAsync(application, "Reserve");

        var history = await Host.SendAsync(new GetApplicationHistory(application));

        Assert.Equal([1, 2, 3], history.Select(h => h.Sequence));
        Assert.Equal([null, ApplicationStatus.Applied, ApplicationStatus.Shortlisted], history.Select(h => h.FromStatus));
        Assert.Equal([ApplicationStatus.Applied, ApplicationStatus.Shortlisted, ApplicationStatus.Reserve], history.Select(h => h.ToStatus));
        Assert.Equal(["Camille Martin", "Selection committee", "Selection committee"], history.Select(h => h.Author));
        Assert.Equal("Next in line", history[2].Reason);
        Assert.Equal(Host.Clock.GetUtcNow().UtcDateTime, history[2].ChangedAt);
        Assert.Equal(history[0].ChangedAt.AddDays(10), history[1].ChangedAt);
    }

    [Fact]
    public async Task A_decision_without_a_reason_or_author_is_rejected_naming_the_fields()
    {
        var application = await ApplyAsync();

        var error = await DomainAssert.RejectsAsync("reason", "NotEmpty", () => Host.SendAsync(new ShortlistApplication(application, "", " ")));

        Assert.Contains(error.Failures, f => f.Field == "decidedBy" && f.Rule == "NotEmpty");
    }

    [Fact]
    public async Task Scores_per_criterion_give_a_weighted_score_that_ranks_the_applications()
    {
        var first = await ApplyAsync(firstName: "Inès");
        var second = await ApplyAsync(firstName: "Yanis");
        var call = await Host.SendAsync(new GetMobilityCall(Call));
        var motivation = call.Criteria.Single(c => c.Name == "Motivation").Id;
        var project = call.Criteria.Single(c => c.Name == "Professional project").Id;

        await Host.SendAsync(new ScoreApplication(first, motivation, 6));
        await Host.SendAsync(new ScoreApplication(first, project, 10));
        await Host.SendAsync(new ScoreApplication(second, motivation, 9));
        var weighted = await Host.SendAsync(new ScoreApplication(second, project, 4));

        Assert.Equal(7.75m, weighted);
        var ranking = await Host.SendAsync(new ListApplications(Call));
        Assert.Equal([second, first], ranking.Select(r => r.Id));
        Assert.Equal([7.75m, 7.00m], ranking.Select(r => r.WeightedScore));
    }

    [Fact]
    public async Task Scores_run_from_0_to_10_and_close_once_the_committee_has_decided()
    {
        var application = await ApplyAsync();
        var criterion = (await Host.SendAsync(new GetMobilityCall(Call))).Criteria[0].Id;

        await DomainAssert.RejectsAsync("score", "InclusiveBetween", () => Host.SendAsync(new ScoreApplication(application, criterion, 11)));
        await MoveAsync(application, "Reject");
        await DomainAssert.ViolatesAsync("SCORING_CLOSED", () => Host.SendAsync(new ScoreApplication(application, criterion, 5)));

        Assert.Equal(0, await Host.InScopeAsync<EnrolmentDbContext, int>(db => db.Applications.SelectMany(a => a.Scores).CountAsync()));
    }
}

public sealed class ApplicationStatusScenariosOnSqlite() : ApplicationStatusScenarios(DatabaseProvider.Sqlite);

public sealed class ApplicationStatusScenariosOnPostgres() : ApplicationStatusScenarios(DatabaseProvider.Postgres);
