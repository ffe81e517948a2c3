using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Persistence;
using Mobility.Placements.Data;
using Mobility.Placements.OpenData;

namespace Mobility.Placements.Tests.OpenData;

public abstract class OpenDataImportScenarios(DatabaseProvider provider) : PlacementsTestBase(provider)
{
    [Fact]
    public async Task The_twenty_column_file_loads_quoted_fields_accents_and_Erasmus_country_codes()
    {
        var report = await ImportAsync(OpenDataSample.TwentyColumns());

        Assert.Equal((11, 5, 0, 6, 5, 5), Counts(report));
        var mobilities = await Host.InScopeAsync<PlacementsDbContext, List<OpenDataMobility>>(db => db.OpenDataMobilities.ToListAsync());
        var organisations = await Host.InScopeAsync<PlacementsDbContext, List<OpenDataOrganisation>>(db => db.OpenDataOrganisations.ToListAsync());
        var participants = await Host.InScopeAsync<PlacementsDbContext, List<OpenDataParticipant>>(db => db.OpenDataParticipants.ToListAsync());
        var lodz = Assert.Single(organisations, o => o.Country == "PL");
        Assert.Equal(("Zakład \"Łódź\" Sp. z o.o.", "Łódź", false, true), (lodz.Name, lodz.City, lodz.SeenSending, lodz.SeenReceiving));
        Assert.Equal(["DE", "FR", "GB", "GR", "PL"], organisations.Select(o => o.Country).Order(StringComparer.Ordinal));
        Assert.Equal("Lycée Jean Moulin, Paris", Assert.Single(organisations, o => o.SeenSending).Name);
        Assert.Equal([null, "FR", "FR", "GR", "XK"], participants.Select(p => p.Nationality).Order(StringComparer.Ordinal));
        var shadowing = Assert.Single(mobilities, m => m.NaturalKey == "id:9");
        Assert.Equal(("KA116", "2020-2021", new DateOnly(2021, 3, 1), 10, "Job shadowing\nabroad", null),
            (shadowing.KeyAction, shadowing.AcademicYear, shadowing.StartMonth, shadowing.DurationDays, shadowing.Activity, shadowing.Participants));
        Assert.Equal("Work placement, VET", Assert.Single(mobilities, m => m.NaturalKey == "id:1").Activity);
    }

    [Fact]
    public async Task Each_bad_row_is_reported_with_its_line_number_and_reason_while_the_good_rows_load()
    {
        var report = await ImportAsync(OpenDataSample.TwentyColumns());

        Assert.Equal([5, 6, 7, 8, 9, 12], report.Rejected.Select(r => r.Line));
        Assert.Equal("receiving_country_code 'ZZ' is not a country code", report.Rejected[0].Reason);
        Assert.Equal("mobility_duration 'thirty' is not a whole number from 0 to 3660", report.Rejected[1].Reason);
        Assert.Equal("the mobility ends (2019-10) before it starts (2019-11)", report.Rejected[2].Reason);
        Assert.Equal("receiving_organization is empty", report.Rejected[3].Reason);
        Assert.Equal("16 fields where the header has 20", report.Rejected[4].Reason);
        Assert.Equal("id 1 already appears on line 2", report.Rejected[5].Reason);
        Assert.Equal(5, await Host.InScopeAsync<PlacementsDbContext, int>(db => db.OpenDataMobilities.CountAsync()));
    }

    [Fact]
    public async Task Importing_the_same_file_again_adds_nothing_and_reports_every_row_already_present()
    {
        var path = await OpenDataSample.WriteAsync(OpenDataSample.TwentyColumns());
        var other = await OpenDataSample.WriteAsync(OpenDataSample.TwentyFourColumns());
        await Host.SendAsync(new ImportOpenData(path));
        await Host.SendAsync(new ImportOpenData(other));
        var before = await TableCountsAsync();

        var again = await Host.SendAsync(new ImportOpenData(path));
        var otherAgain = await Host.SendAsync(new ImportOpenData(other));

        Assert.Equal((11, 0, 5, 6, 0, 0), Counts(again));
        Assert.Equal((4, 0, 3, 1, 0, 0), Counts(otherAgain));
        Assert.Equal(before, await TableCountsAsync());
        Assert.Equal((7, 8, 8), before);
    }

    [Fact]
    public async Task The_twenty_four_column_file_keeps_participants_field_and_level_and_identical_rows_count_twice()
    {
        var report = await ImportAsync(OpenDataSample.TwentyFourColumns());

        Assert.Equal((4, 3, 0, 1, 2, 3), Counts(report));
        Assert.Equal(new RejectedRow(5, "participants 'two' is not a whole number from 1 to 100000"), Assert.Single(report.Rejected));
        var mobilities = await Host.InScopeAsync<PlacementsDbContext, List<OpenDataMobility>>(db => db.OpenDataMobilities.ToListAsync());
        Assert.Equal([1, 1, 2], mobilities.Select(m => m.Participants ?? 0).Order());
        Assert.All(mobilities, m => Assert.Equal(("Hair and beauty services", "KA102"), (m.FieldOfEducation, m.KeyAction)));
        Assert.Equal(2, mobilities.Count(m => m.EducationLevel == "ISCED-3"));
        Assert.All(mobilities, m => Assert.StartsWith("row:", m.NaturalKey, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_file_without_the_required_columns_is_rejected_as_a_whole_naming_them()
    {
        var path = await OpenDataSample.WriteAsync("id,project_reference,academic_year\n1,2019-1-FR01-KA102-000001,2019-2020\n");

        var error = await Assert.ThrowsAsync<OpenDataFileException>(() => Host.SendAsync(new ImportOpenData(path)));

        Assert.Contains("mobility_start_month, mobility_end_month, mobility_duration", error.Message, StringComparison.Ordinal);
        Assert.Equal((0, 0, 0), await TableCountsAsync());
    }

    [Fact]
    public async Task A_failure_in_the_middle_of_the_import_leaves_the_database_as_it_was()
    {
        await ImportAsync(OpenDataSample.TwentyFourColumns());
        var before = await TableCountsAsync();
        await Host.InScopeAsync<PlacementsDbContext>(db => FailingInsert.InstallAsync(db));

        // Batches of two: the organisations and the first two batches are saved before line 13 (31 days) fails.
        var path = await OpenDataSample.WriteAsync(OpenDataSample.TwentyColumns());
        await Assert.ThrowsAnyAsync<DbUpdateException>(() => Host.SendAsync(new ImportOpenData(path, BatchSize: 2)));

        Assert.Equal(before, await TableCountsAsync());
    }

    private static (int Read, int Imported, int Present, int Rejected, int Organisations, int Participants) Counts(OpenDataImportReport r)
        => (r.RowsRead, r.Imported, r.AlreadyPresent, r.Rejected.Count, r.OrganisationsAdded, r.ParticipantsAdded);

    private async Task<OpenDataImportReport> ImportAsync(string content)
        => await Host.SendAsync(new ImportOpenData(await OpenDataSample.WriteAsync(content)));

    private Task<(int Organisations, int Participants, int Mobilities)> TableCountsAsync()
        => Host.InScopeAsync<PlacementsDbContext, (int, int, int)>(async db =>
            (await db.OpenDataOrganisations.CountAsync(), await db.OpenDataParticipants.CountAsync(), await db.OpenDataMobilities.CountAsync()));
}

public sealed class OpenDataImportScenariosOnSqlite() : OpenDataImportScenarios(DatabaseProvider.Sqlite);

public sealed class OpenDataImportScenariosOnPostgres() : OpenDataImportScenarios(DatabaseProvider.Postgres);
