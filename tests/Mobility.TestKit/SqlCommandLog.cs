using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Mobility.TestKit;

/// <summary>
/// Records every SQL command any module's DbContext sends to one test database, through EF Core's diagnostic
/// events (so nothing in the platform is changed to be counted). Commands of other tests' databases are ignored.
/// </summary>
public sealed class SqlCommandLog : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly TestDatabase _database;
    private readonly ConcurrentQueue<string> _commands = new();
    private readonly ConcurrentQueue<(string Command, int Rows)> _reads = new();
    private readonly List<IDisposable> _subscriptions = [];
    private volatile bool _recording;

    private SqlCommandLog(TestDatabase database) => _database = database;

    public IReadOnlyList<string> Commands => [.. _commands];

    /// <summary>Each data reader closed while recording: its command and how many rows were read from it.</summary>
    public IReadOnlyList<(string Command, int Rows)> Reads => [.. _reads];

    /// <summary>Starts listening; call <see cref="Record"/> around the part to measure.</summary>
    public static SqlCommandLog For(TestDatabase database)
    {
        var log = new SqlCommandLog(database);
        log._subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(log));
        return log;
    }

    /// <summary>Clears the log and records until the returned scope is disposed.</summary>
    public IDisposable Record()
    {
        _commands.Clear();
        _reads.Clear();
        _recording = true;
        return new Stop(this);
    }

    public void OnNext(DiagnosticListener value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Name == DbLoggerCategory.Name)
        {
            lock (_subscriptions)
            {
                _subscriptions.Add(value.Subscribe(this));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (_recording && value.Key == RelationalEventId.CommandExecuted.Name && value.Value is CommandExecutedEventData data
            && data.Command.Connection is { } connection && _database.Owns(connection))
        {
            _commands.Enqueue(data.Command.CommandText);
        }
        else if (_recording && value.Key == RelationalEventId.DataReaderDisposing.Name && value.Value is DataReaderDisposingEventData reader
            && reader.Command.Connection is { } readerConnection && _database.Owns(readerConnection))
        {
            _reads.Enqueue((reader.Command.CommandText, reader.ReadCount));
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        lock (_subscriptions)
        {
            _subscriptions.ForEach(s => s.Dispose());
        }
    }

    private sealed class Stop(SqlCommandLog log) : IDisposable
    {
        public void Dispose() => log._recording = false;
    }
}
