using Mobility.BuildingBlocks.Persistence;
using Mobility.Host.Commands;
using Mobility.TestKit;

namespace Mobility.Host.Tests;

public abstract class OpenDataImportCommandScenarios(DatabaseProvider provider)
{
    private const string Sample = """
        id,project_reference,academic_year,mobility_start_month,mobility_end_month,mobility_duration,activity_mob,participant_nationality,participant_gender,participant_profile,special_needs,fewer_opportunities,group_leader,participant_age,sending_country_code,sending_city,sending_organization,receiving_country_code,receiving_city,receiving_organization
        1,2019-1-FR01-KA102-000001,2019-2020,2019-10,2019-11,30,Work placement,FR,Female,Learner,No,No,No,17,FR,Paris,"Lycée Jean Moulin, Paris",EL,Athens,Atelier Kostas
        2,2019-1-FR01-KA102-000001,2019-2020,2019-10,2019-11,30,Work placement,FR,Male,Learner,No,No,No,17,FR,Paris,"Lycée Jean Moulin, Paris",ZZ,Nowhere,Ghost Ltd

        """;

    [Fact]
    public async Task Import_erasmus_open_data_prints_its_summary_and_a_second_run_finds_every_row_already_present()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var file = Path.Combine(Path.GetTempPath(), $"mobility-open-data-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, Sample);
        string[] args = ["import", "erasmus-open-data", file, $"--Database:Provider={provider}", $"--ConnectionStrings:Mobility={database.Options.ConnectionString}"];

        var (first, firstOutput) = await RunAsync(args);
        var (second, secondOutput) = await RunAsync(args);

        Assert.Equal((0, 0), (first, second));
        Assert.Contains("Imported: 1\n", firstOutput, StringComparison.Ordinal);
        Assert.Contains("Organisations added: 2\n", firstOutput, StringComparison.Ordinal);
        Assert.Contains("line 3: receiving_country_code 'ZZ' is not a country code", firstOutput, StringComparison.Ordinal);
        Assert.Contains("Already present: 1\n", secondOutput, StringComparison.Ordinal);
        File.Delete(file);
    }

    [Fact]
    public async Task A_missing_file_exits_with_1_and_help_lists_the_command()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        string[] settings = [$"--Database:Provider={provider}", $"--ConnectionStrings:Mobility={database.Options.ConnectionString}"];

        var (missing, missingOutput) = await RunAsync(["import", "erasmus-open-data", "no-such-file.csv", .. settings]);
        var (help, helpOutput) = await RunAsync(["help", .. settings]);

        Assert.Equal((1, 0), (missing, help));
        Assert.StartsWith("Nothing imported: Cannot read", missingOutput, StringComparison.Ordinal);
        Assert.Contains("import erasmus-open-data FILE", helpOutput, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string[] args)
    {
        await using var output = new StringWriter { NewLine = "\n" };
        var exitCode = await CommandLine.RunAsync(args, output);
        return (exitCode, output.ToString());
    }
}

public sealed class OpenDataImportCommandScenariosOnSqlite() : OpenDataImportCommandScenarios(DatabaseProvider.Sqlite);

public sealed class OpenDataImportCommandScenariosOnPostgres() : OpenDataImportCommandScenarios(DatabaseProvider.Postgres);
