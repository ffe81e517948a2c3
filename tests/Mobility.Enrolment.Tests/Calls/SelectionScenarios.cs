using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Messaging;
using Mobility.BuildingBlocks.Persistence;
using Mobility.Enrolment.Calls;
using Mobility.Enrolment.Consortia;
using Mobility.Enrolment.Contracts.Events;
using Mobility.Enrolment.Data;
using Mobility.Enrolment.Learners;
using Mobility.TestKit;

namespace Mobility.Enrolment.Tests.Calls;

public abstract class SelectionScenarios(DatabaseProvider provider) : ApplicationTestBase(provider)
{
    private static readonly DateOnly Minor = new(2010, 1, 20);

    [Fact]
    public async Task Selecting_writes_ApplicationSelected_to_the_outbox_with_the_learner_call_and_consortium()
    {
        var application = await ApplyAsync();
        await MoveAsync(application, "Shortlist");

        await MoveAsync(application, "Select");

        var message = Assert.Single(await OutboxAsync<ApplicationSelected>());
        var payload = message.Payload;
        Assert.Contains($"\"applicationId\":\"{application}\"", payload, StringComparison.Ordinal);
        Assert.Contains($"\"callId\":\"{Call}\"", payload, StringComparison.Ordinal);
        Assert.Contains($"\"consortiumId\":\"{Consortium}\"", payload, StringComparison.Ordinal);
        Assert.Contains("\"mobilityStartsOn\":\"2027-03-01\"", payload, StringComparison.Ordinal);
        Assert.Equal(ApplicationStatus.Selected, await StatusAsync(application));
    }

    [Fact]
    public async Task A_learner_cannot_be_selected_on_two_calls_whose_mobility_periods_overlap()
    {
        var overlapping = await Host.CallAsync(Consortium, new DateOnly(2027, 4, 1), new DateOnly(2027, 5, 10), title: "Overlapping");
        var later = await Host.CallAsync(Consortium, new DateOnly(2027, 4, 16), new DateOnly(2027, 5, 31), title: "Later");
        var learner = await Host.LearnerAsync(School, Qualification);
        var first = await Host.SendAsync(new SubmitApplication(Call, learner, "Camille"));
        var second = await Host.SendAsync(new SubmitApplication(overlapping, learner, "Camille"));
        var third = await Host.SendAsync(new SubmitApplication(later, learner, "Camille"));
        foreach (var application in new[] { first, second, third })
        {
            await MoveAsync(application, "Shortlist");
        }

        await MoveAsync(first, "Select");
        var refusal = await DomainAssert.ViolatesAsync("ALREADY_SELECTED_ON_OVERLAPPING_CALL", () => MoveAsync(second, "Select"));
        await MoveAsync(third, "Select");

        Assert.Contains("Spring placements 2027", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(ApplicationStatus.Shortlisted, await StatusAsync(second));
        Assert.Equal(2, (await OutboxAsync<ApplicationSelected>()).Count);
    }

    [Fact]
    public async Task A_withdrawn_selection_no_longer_blocks_an_overlapping_call()
    {
        var overlapping = await Host.CallAsync(Consortium, new DateOnly(2027, 3, 10), new DateOnly(2027, 4, 1), title: "Overlapping");
        var learner = await Host.LearnerAsync(School, Qualification);
        var first = await Host.SendAsync(new SubmitApplication(Call, learner, "Camille"));
        var second = await Host.SendAsync(new SubmitApplication(overlapping, learner, "Camille"));
        await MoveAsync(first, "Shortlist");
        await MoveAsync(second, "Shortlist");
        await MoveAsync(first, "Select");

        await MoveAsync(first, "Withdraw");
        await MoveAsync(second, "Select");

        Assert.Equal(ApplicationStatus.Selected, await StatusAsync(second));
        var withdrawn = Assert.Single(await OutboxAsync<ApplicationWithdrawn>());
        Assert.Contains("\"wasSelected\":true", withdrawn.Payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_minor_cannot_be_selected_until_a_guardian_has_consented()
    {
        var application = await ApplyAsync(birthDate: Minor);
        await MoveAsync(application, "Shortlist");

        await DomainAssert.ViolatesAsync("GUARDIAN_CONSENT_REQUIRED", () => MoveAsync(application, "Select"));
        var learner = (await Host.SendAsync(new ListApplications(Call))).Single().LearnerId;
        await Host.SendAsync(new RecordGuardianConsent(learner, "Sophie Martin (mother)"));
        await MoveAsync(application, "Select");

        Assert.Equal(ApplicationStatus.Selected, await StatusAsync(application));
    }

    [Fact]
    public async Task Minority_is_judged_on_the_selection_day_when_it_comes_before_departure()
    {
        var eighteenBetweenSelectionAndDeparture = new DateOnly(2009, 2, 20);
        var eighteenBeforeSelection = new DateOnly(2009, 2, 1);
        var minorWhenSelected = await ApplyAsync(birthDate: eighteenBetweenSelectionAndDeparture, firstName: "Inès");
        var adultWhenSelected = await ApplyAsync(birthDate: eighteenBeforeSelection, firstName: "Yanis");
        await MoveAsync(minorWhenSelected, "Shortlist");
        await MoveAsync(adultWhenSelected, "Shortlist");
        Host.Clock.Now = new DateTimeOffset(2027, 2, 15, 9, 0, 0, TimeSpan.Zero);

        await DomainAssert.ViolatesAsync("GUARDIAN_CONSENT_REQUIRED", () => MoveAsync(minorWhenSelected, "Select"));
        await MoveAsync(adultWhenSelected, "Select");

        Assert.Equal(ApplicationStatus.Selected, await StatusAsync(adultWhenSelected));
    }

    [Fact]
    public async Task A_refused_selection_writes_nothing_neither_status_nor_history_nor_event()
    {
        var application = await ApplyAsync(birthDate: Minor);
        await MoveAsync(application, "Shortlist");

        await DomainAssert.ViolatesAsync("GUARDIAN_CONSENT_REQUIRED", () => MoveAsync(application, "Select"));

        Assert.Equal(2, (await Host.SendAsync(new GetApplicationHistory(application))).Count);
        Assert.Equal(ApplicationStatus.Shortlisted, await StatusAsync(application));
        Assert.Empty(await OutboxAsync<ApplicationSelected>());
    }

    [Fact]
    public async Task Once_the_places_are_filled_the_next_learner_goes_on_reserve_and_is_promoted_when_a_place_frees()
    {
        var call = await Host.CallAsync(Consortium, places: 1, title: "One place");
        var first = await ApplyAsync(call, firstName: "Inès");
        var second = await ApplyAsync(call, firstName: "Yanis");
        await MoveAsync(first, "Shortlist");
        await MoveAsync(second, "Shortlist");
        await MoveAsync(first, "Select");

        await DomainAssert.ViolatesAsync("CALL_PLACES_FILLED", () => MoveAsync(second, "Select"));
        await MoveAsync(second, "Reserve");
        await MoveAsync(first, "Withdraw");
        await MoveAsync(second, "Select");

        Assert.Equal(ApplicationStatus.Selected, await StatusAsync(second));
    }

    [Theory]
    [InlineData("CALL_PLACES_FILLED")]
    [InlineData("ALREADY_SELECTED_ON_OVERLAPPING_CALL")]
    public async Task Two_selections_saved_at_the_same_moment_cannot_both_pass_the_checks(string race)
    {
        Guid held, other;
        if (race == "CALL_PLACES_FILLED")
        {
            var call = await Host.CallAsync(Consortium, places: 1, title: "One place");
            held = await ApplyAsync(call, firstName: "Inès");
            other = await ApplyAsync(call, firstName: "Yanis");
        }
        else
        {
            var overlapping = await Host.CallAsync(Consortium, new DateOnly(2027, 4, 1), new DateOnly(2027, 5, 10), title: "Overlapping");
            var learner = await Host.LearnerAsync(School, Qualification);
            held = await Host.SendAsync(new SubmitApplication(Call, learner, "Camille"));
            other = await Host.SendAsync(new SubmitApplication(overlapping, learner, "Camille"));
        }

        await MoveAsync(held, "Shortlist");
        await MoveAsync(other, "Shortlist");
        var pause = new PauseBeforeFirstSave();
        var options = new DbContextOptionsBuilder<EnrolmentDbContext>();
        ModuleDbContextRegistration.Configure(options, EnrolmentModule.SchemaName, Host.Database);
        options.AddInterceptors(pause);
        await using var db = new EnrolmentDbContext(options.Options);

        // The first coordinator's selection has checked places and overlaps, and not saved yet, when the second one saves.
        var heldSelection = new SelectApplicationHandler(db, Host.Clock)
            .Handle(new SelectApplication(held, "Ranked first", "Coordinator A"), CancellationToken.None);
        Assert.Same(pause.Reached, await Task.WhenAny(pause.Reached, heldSelection));
        await MoveAsync(other, "Select");
        pause.Release();

        await DomainAssert.ViolatesAsync(race, () => heldSelection);
        Assert.Equal(ApplicationStatus.Shortlisted, await StatusAsync(held));
        Assert.Equal(ApplicationStatus.Selected, await StatusAsync(other));
        Assert.Single(await OutboxAsync<ApplicationSelected>());
    }

    [Fact]
    public async Task Applications_are_accepted_only_while_the_call_is_open()
    {
        var learner = await Host.LearnerAsync(School, Qualification);
        Host.Clock.Now = new DateTimeOffset(2026, 10, 1, 8, 0, 0, TimeSpan.Zero);

        await DomainAssert.ViolatesAsync("CALL_NOT_OPEN", () => Host.SendAsync(new SubmitApplication(Call, learner, "Camille")));

        Assert.Empty(await Host.SendAsync(new ListApplications(Call)));
    }

    [Fact]
    public async Task Only_learners_of_member_schools_apply_and_only_once_per_call()
    {
        var outsider = await Host.SchoolAsync("Outsider school");
        var stranger = await Host.LearnerAsync(outsider, Qualification, firstName: "Léa");
        var learner = await Host.LearnerAsync(School, Qualification);

        await DomainAssert.ViolatesAsync("LEARNER_NOT_IN_CONSORTIUM", () => Host.SendAsync(new SubmitApplication(Call, stranger, "Léa")));
        await Host.SendAsync(new SubmitApplication(Call, learner, "Camille"));
        await DomainAssert.ViolatesAsync("ALREADY_APPLIED", () => Host.SendAsync(new SubmitApplication(Call, learner, "Camille")));

        Assert.Single(await Host.SendAsync(new ListApplications(Call)));
    }

    [Fact]
    public async Task Selection_rules_hold_in_the_domain_whoever_calls_it()
    {
        var consortium = await Host.SendAsync(new GetConsortium(Consortium));
        var call = await Host.SendAsync(new GetMobilityCall(Call));
        var learner = await Host.SendAsync(new GetLearner(await Host.LearnerAsync(School, Qualification, Minor)));
        var application = Application.Submit(Guid.NewGuid(), call, consortium, learner, "Camille", Host.Clock.GetUtcNow().UtcDateTime);
        var at = Host.Clock.GetUtcNow().UtcDateTime;

        DomainAssert.Violates("ILLEGAL_STATUS_TRANSITION", () => application.Select(call, learner, 0, [], "Why", "Who", at));
        application.Shortlist("Why", "Who", at);
        DomainAssert.Violates("GUARDIAN_CONSENT_REQUIRED", () => application.Select(call, learner, 0, [], "Why", "Who", at));
        DomainAssert.Violates("CALL_PLACES_FILLED", () => application.Select(call, learner, call.Places, [], "Why", "Who", at));
        Assert.Equal(ApplicationStatus.Shortlisted, application.Status);
    }

    private Task<List<OutboxMessage>> OutboxAsync<TEvent>()
        => Host.InScopeAsync<EnrolmentDbContext, List<OutboxMessage>>(db => db.OutboxMessages
            .Where(m => m.Type.StartsWith(typeof(TEvent).FullName + ","))
            .ToListAsync());
}

public sealed class SelectionScenariosOnSqlite() : SelectionScenarios(DatabaseProvider.Sqlite);

public sealed class SelectionScenariosOnPostgres() : SelectionScenarios(DatabaseProvider.Postgres);
