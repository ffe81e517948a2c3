using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Mobility.BuildingBlocks.Persistence;
using Mobility.GraphQL.Execution;
using Mobility.TestKit;

namespace Mobility.GraphQL.Tests.DataLayer;

/// <summary>A real database seeded with <see cref="TravelData"/>, the travel schema over it, and the SQL it ran.</summary>
public sealed class TravelHarness : IAsyncDisposable
{
    public static readonly GraphQLSchema Schema = TravelQueries.Schema();

    private readonly TestDatabase _database;
    private readonly ServiceProvider _services;
    private readonly GraphQLExecutor _executor = new(Schema);

    private TravelHarness(TestDatabase database, ServiceProvider services, SqlRecorder sql)
    {
        _database = database;
        _services = services;
        Sql = sql;
    }

    public SqlRecorder Sql { get; }

    public DatabaseProvider Provider => _database.Provider;

    public static async Task<TravelHarness> CreateAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var recorder = new SqlRecorder();
        var services = new ServiceCollection()
            .AddDbContext<TravelDb>(options =>
            {
                _ = provider == DatabaseProvider.Sqlite
                    ? options.UseSqlite(database.Options.ConnectionString).AddInterceptors(SqliteUnicodeLower.Instance)
                    : options.UseNpgsql(database.Options.ConnectionString);
                options.AddInterceptors(recorder);
            })
            .BuildServiceProvider();
        await using (var scope = services.CreateAsyncScope())
        {
            await TravelData.SeedAsync(scope.ServiceProvider.GetRequiredService<TravelDb>());
        }

        recorder.Clear();
        return new TravelHarness(database, services, recorder);
    }

    public async Task WithDbAsync(Func<TravelDb, Task> action)
    {
        await using var scope = _services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<TravelDb>());
    }

    /// <summary>Runs an operation; returns the result document (errors included).</summary>
    public async Task<JsonElement> RunAsync(string query, Dictionary<string, object?>? variables = null)
    {
        var result = await _executor.ExecuteAsync(new GraphQLRequest { Query = query, Variables = variables, Services = _services });
        return JsonDocument.Parse(result.ToJson()).RootElement;
    }

    /// <summary>Runs an operation that must succeed; returns its data.</summary>
    public async Task<JsonElement> DataAsync(string query, Dictionary<string, object?>? variables = null)
    {
        var result = await RunAsync(query, variables);
        Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
        return result.GetProperty("data");
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }
}
