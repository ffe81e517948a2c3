using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Domain;
using Mobility.BuildingBlocks.Messaging;
using Mobility.BuildingBlocks.Persistence;
using Mobility.Enrolment.Contracts.Directory;
using Mobility.Enrolment.Contracts.Events;
using Mobility.Enrolment.Data;
using Mobility.Enrolment.Learners;

namespace Mobility.Enrolment.Tests.Learners;

public abstract class SensitiveDataScenarios(DatabaseProvider provider) : EnrolmentTestBase(provider)
{
    private static readonly string[] SensitiveNames = ["FewerOpportunities", "SpecialNeeds"];
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task Sensitive_flags_are_stored_apart_and_read_only_on_purpose()
    {
        var id = await Host.LearnerAsync(await Host.SchoolAsync("School"), await Host.QualificationAsync());
        Assert.Null(await Host.SendAsync(new GetLearnerSensitiveData(id)));

        await Host.SendAsync(new RecordSensitiveFlags(id, FewerOpportunities: true, SpecialNeeds: false));
        Host.Clock.Advance(TimeSpan.FromDays(3));
        await Host.SendAsync(new RecordSensitiveFlags(id, FewerOpportunities: true, SpecialNeeds: true));

        var data = await Host.SendAsync(new GetLearnerSensitiveData(id));
        Assert.NotNull(data);
        Assert.True(data.FewerOpportunities);
        Assert.True(data.SpecialNeeds);
        Assert.Equal(Host.Clock.GetUtcNow().UtcDateTime, data.RecordedAt);
    }

    [Fact]
    public async Task Listings_and_the_directory_cannot_load_sensitive_flags()
    {
        var school = await Host.SchoolAsync("School");
        var id = await Host.LearnerAsync(school, await Host.QualificationAsync());
        await Host.SendAsync(new RecordSensitiveFlags(id, FewerOpportunities: true, SpecialNeeds: true));

        var listed = Assert.Single(await Host.SendAsync(new ListLearners(school)));
        var summary = Assert.Single(await Host.InScopeAsync<IEnrolmentDirectory, IReadOnlyList<LearnerSummary>>(
            d => d.GetLearnersAsync([id], CancellationToken.None)));

        Assert.Equal(id, listed.Id);
        Assert.Equal(id, summary.Id);
        Assert.DoesNotContain(typeof(Learner).GetProperties(), p => SensitiveNames.Contains(p.Name));
        Assert.DoesNotContain(typeof(LearnerSummary).GetProperties(), p => SensitiveNames.Contains(p.Name));
        var learnerType = await Host.InScopeAsync<EnrolmentDbContext, List<string>>(db => Task.FromResult(
            db.Model.FindEntityType(typeof(Learner))!.GetNavigations().Select(n => n.TargetEntityType.ClrType.Name).ToList()));
        Assert.DoesNotContain(nameof(LearnerSensitiveData), learnerType);
    }

    [Fact]
    public async Task Each_recording_of_the_flags_is_announced_for_aggregate_statistics()
    {
        var id = await Host.LearnerAsync(await Host.SchoolAsync("School"), await Host.QualificationAsync());

        await Host.SendAsync(new RecordSensitiveFlags(id, FewerOpportunities: true, SpecialNeeds: false));
        await Host.SendAsync(new RecordSensitiveFlags(id, FewerOpportunities: false, SpecialNeeds: true));

        var events = (await Host.InScopeAsync<EnrolmentDbContext, List<OutboxMessage>>(db => db.OutboxMessages.ToListAsync()))
            .Where(m => m.Type.StartsWith(typeof(LearnerSensitiveFlagsRecorded).FullName + ",", StringComparison.Ordinal))
            .Select(m => JsonSerializer.Deserialize<LearnerSensitiveFlagsRecorded>(m.Payload, Json)!).ToList();
        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.Equal(id, e.LearnerId));
        Assert.Contains(events, e => e is { FewerOpportunities: true, SpecialNeeds: false });
        Assert.Contains(events, e => e is { FewerOpportunities: false, SpecialNeeds: true });
    }

    [Fact]
    public async Task Sensitive_flags_cannot_be_recorded_for_an_unknown_learner()
    {
        await Assert.ThrowsAsync<NotFoundException>(() => Host.SendAsync(
            new RecordSensitiveFlags(Guid.NewGuid(), true, false)));

        Assert.Equal(0, await Host.InScopeAsync<EnrolmentDbContext, int>(db => db.LearnerSensitiveData.CountAsync()));
    }
}

public sealed class SensitiveDataScenariosOnSqlite() : SensitiveDataScenarios(DatabaseProvider.Sqlite);

public sealed class SensitiveDataScenariosOnPostgres() : SensitiveDataScenarios(DatabaseProvider.Postgres);
