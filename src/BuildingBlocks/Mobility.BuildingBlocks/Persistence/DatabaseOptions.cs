using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace Mobility.BuildingBlocks.Persistence;

/// <summary>
/// Which database the platform runs on, read from <c>Database:Provider</c> and <c>ConnectionStrings:Mobility</c>.
/// </summary>
public sealed record DatabaseOptions(DatabaseProvider Provider, string ConnectionString)
{
    public const string DefaultSqliteConnectionString = "Data Source=data/mobility.db";

    public static DatabaseOptions FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var providerText = configuration["Database:Provider"];
        var provider = DatabaseProvider.Sqlite;
        if (!string.IsNullOrWhiteSpace(providerText) && !Enum.TryParse(providerText, ignoreCase: true, out provider))
        {
            throw new InvalidOperationException(
                $"Database:Provider '{providerText}' is not one of {string.Join(", ", Enum.GetNames<DatabaseProvider>())}.");
        }

        var connectionString = configuration.GetConnectionString("Mobility");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = provider == DatabaseProvider.Sqlite
                ? DefaultSqliteConnectionString
                : throw new InvalidOperationException(
                    $"ConnectionStrings:Mobility is required when Database:Provider is {provider}.");
        }

        return new DatabaseOptions(provider, connectionString);
    }

    /// <summary>
    /// SQLite has no schemas, so each module gets its own file beside the configured one:
    /// <c>data/mobility.db</c> becomes <c>data/mobility.enrolment.db</c>. A <c>{module}</c> placeholder is honoured too.
    /// Other providers share one database and separate modules by schema.
    /// </summary>
    public string ConnectionStringFor(string module)
    {
        if (Provider != DatabaseProvider.Sqlite)
        {
            return ConnectionString;
        }

        var builder = new SqliteConnectionStringBuilder(ConnectionString);
        var source = builder.DataSource;
        if (source.Contains("{module}", StringComparison.Ordinal))
        {
            builder.DataSource = source.Replace("{module}", module, StringComparison.Ordinal);
        }
        else if (source.Length > 0 && source != ":memory:")
        {
            var extension = Path.GetExtension(source);
            builder.DataSource = string.Concat(source.AsSpan(0, source.Length - extension.Length), ".", module,
                extension.Length > 0 ? extension : ".db");
        }

        return builder.ToString();
    }
}
