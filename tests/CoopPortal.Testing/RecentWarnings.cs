using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CoopPortal.Testing;

/// <summary>
/// The portal's last warnings and errors, kept in memory so that a failing browser test can say what the server saw at
/// the time (a circuit that found no prerendered view, a refused request) without a log file to dig out of CI.
/// </summary>
public sealed class RecentWarnings : ILoggerProvider
{
    private const int Kept = 200;
    private readonly ConcurrentQueue<string> _lines = new();

    /// <summary>The kept lines, oldest first, each with its UTC time and category.</summary>
    public IReadOnlyList<string> Lines => [.. _lines];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private void Add(string line)
    {
        _lines.Enqueue(line);
        while (_lines.Count > Kept && _lines.TryDequeue(out _))
        {
        }
    }

    private sealed class Logger(RecentWarnings owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            ArgumentNullException.ThrowIfNull(formatter);
            if (IsEnabled(logLevel))
            {
                owner.Add($"{DateTime.UtcNow:HH:mm:ss.fff} {logLevel} {category}: {formatter(state, exception)}{(exception is null ? string.Empty : " " + exception.GetType().Name)}");
            }
        }
    }
}
