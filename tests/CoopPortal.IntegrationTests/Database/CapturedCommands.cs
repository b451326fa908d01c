using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace CoopPortal.IntegrationTests.Database;

/// <summary>
/// The SQL EF Core sends while <see cref="Record"/> runs, with copies of its parameters, read from EF's diagnostic
/// events (no change to the portal's services). Only the commands of the recording call's own async flow are kept, so
/// other tests running at the same time add nothing.
/// </summary>
internal sealed class CapturedCommands : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
{
    private static readonly AsyncLocal<CapturedCommands?> Recording = new();

    private readonly List<(string Sql, IReadOnlyList<NpgsqlParameter> Parameters)> _commands = [];
    private readonly List<IDisposable> _subscriptions = [];

    private CapturedCommands()
    {
    }

    /// <summary>The commands <paramref name="action"/> sent, in order.</summary>
    public static async Task<IReadOnlyList<(string Sql, IReadOnlyList<NpgsqlParameter> Parameters)>> Record(Func<Task> action)
    {
        var capture = new CapturedCommands();
        using var subscription = DiagnosticListener.AllListeners.Subscribe(capture);
        Recording.Value = capture;
        try
        {
            await action();
        }
        finally
        {
            Recording.Value = null;
            lock (capture._subscriptions)
            {
                capture._subscriptions.ForEach(s => s.Dispose());
            }
        }

        lock (capture._commands)
        {
            return capture._commands.ToList();
        }
    }

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            lock (_subscriptions)
            {
                _subscriptions.Add(value.Subscribe(this, name => name == RelationalEventId.CommandExecuting.Name));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (Recording.Value != this || value.Value is not CommandEventData { Command: DbCommand command })
        {
            return;
        }

        lock (_commands)
        {
            _commands.Add((command.CommandText, command.Parameters.Cast<NpgsqlParameter>().Select(p => p.Clone()).ToList()));
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }
}
