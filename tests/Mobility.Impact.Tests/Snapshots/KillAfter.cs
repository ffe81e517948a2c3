using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Mobility.Impact.Tests.Snapshots;

/// <summary>
/// Stands for a process killed in the middle of a job: the <paramref name="n"/>th command that mentions
/// <paramref name="table"/> never reaches the database and the connection is dropped, so its transaction is lost.
/// </summary>
internal sealed class KillAfter(string table, int n) : DbCommandInterceptor
{
    private int _seen;

    public bool Fired { get; private set; }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Check(command);
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Check(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    private void Check(DbCommand command)
    {
        if (Fired || !command.CommandText.Contains(table, StringComparison.Ordinal) || ++_seen < n)
        {
            return;
        }

        Fired = true;
        command.Connection?.Close();
        throw new IOException($"Killed while writing {table}.");
    }
}
