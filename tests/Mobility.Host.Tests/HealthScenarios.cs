using System.Net;
using System.Text.Json;
using Mobility.BuildingBlocks.Persistence;

namespace Mobility.Host.Tests;

public abstract class HealthScenarios(DatabaseProvider provider)
{
    [Fact]
    public async Task Health_reports_the_database_and_every_module()
    {
        await using var platform = await RunningPlatform.StartAsync(provider, initialise: true, "--Demo:SeedOnEmptyDatabase=false");

        var response = await platform.Client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var health = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", health.RootElement.GetProperty("status").GetString());
        Assert.Equal(provider.ToString(), health.RootElement.GetProperty("database").GetProperty("provider").GetString());
        var modules = health.RootElement.GetProperty("modules").EnumerateArray()
            .Select(m => (m.GetProperty("name").GetString(), m.GetProperty("status").GetString())).ToList();
        Assert.Equal(
            [("enrolment", "Healthy"), ("placements", "Healthy"), ("recognition", "Healthy"), ("impact", "Healthy"), ("access", "Healthy")],
            modules);
    }

    [Fact]
    public async Task Health_is_unhealthy_and_says_why_while_migrations_are_pending()
    {
        await using var platform = await RunningPlatform.StartAsync(provider, initialise: false);

        var response = await platform.Client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        using var health = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Unhealthy", health.RootElement.GetProperty("status").GetString());
        var enrolment = health.RootElement.GetProperty("modules").EnumerateArray().First(m => m.GetProperty("name").GetString() == "enrolment");
        Assert.Contains("pending", enrolment.GetProperty("status").GetString(), StringComparison.Ordinal);
    }
}

public sealed class HealthScenariosOnSqlite() : HealthScenarios(DatabaseProvider.Sqlite);

public sealed class HealthScenariosOnPostgres() : HealthScenarios(DatabaseProvider.Postgres);
