using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Commerce.Api.Tests.Fixtures;

/// <summary>Keeps every log entry (level, category, formatted message) so a test can count or inspect them.</summary>
public sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<Entry> _entries = new();

    public sealed record Entry(LogLevel Level, string Category, string Message, Exception? Exception);

    public IReadOnlyList<Entry> Entries => _entries.ToList();

    /// <summary>Each entry as one line (category, message, exception): what must never appear in a log is searched here.</summary>
    public IReadOnlyList<string> Lines => _entries.Select(e => $"{e.Category}: {e.Message} {e.Exception}").ToList();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<Entry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries.Enqueue(new Entry(logLevel, category, formatter(state, exception), exception));
    }
}
