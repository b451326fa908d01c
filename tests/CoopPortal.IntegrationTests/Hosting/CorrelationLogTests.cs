using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using CoopPortal.Application.Common.Security;
using CoopPortal.Web.Observability;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace CoopPortal.IntegrationTests.Hosting;

/// <summary>
/// Production writes JSON log lines (the console's json formatter, as configured in appsettings.json), each with the
/// request's correlation id, which the response also carries: the error logged for a failed page can be found from it.
/// </summary>
public sealed class CorrelationLogTests
{
    private sealed class BrokenCurrentUser : ICurrentUserService
    {
        public Task<ICurrentUser> GetAsync(CancellationToken cancellationToken) =>
            throw new InvalidOperationException("Simulated failure for the correlation test");
    }

    [Fact]
    public async Task The_error_logged_for_a_failed_request_is_a_JSON_line_with_the_correlation_id_the_response_carries()
    {
        var lines = new ConcurrentQueue<string>();
        using var factory = new PortalFactory(environment: "Production");
        using var portal = factory.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
        {
            services.AddScoped<ICurrentUserService, BrokenCurrentUser>();
            services.AddSingleton<ILoggerProvider>(sp => new JsonLines(sp.GetServices<ConsoleFormatter>().Single(f => f.Name == ConsoleFormatterNames.Json), lines));
        }));
        using var client = portal.CreateClient();

        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var id = response.Headers.GetValues(RequestCorrelation.Header).Single();
        Assert.Matches("^[0-9a-f]{32}$", id);
        var error = lines.Select(l => JsonDocument.Parse(l).RootElement)
            .First(e => e.GetProperty("LogLevel").GetString() == "Error" && e.GetProperty("Exception").GetString()!.Contains("Simulated failure for the correlation test", StringComparison.Ordinal));
        Assert.Contains(error.GetProperty("Scopes").EnumerateArray(), s =>
            s.ValueKind == JsonValueKind.Object && s.TryGetProperty(RequestCorrelation.ScopeKey, out var value) && value.GetString() == id);
    }

    /// <summary>Writes every log entry through the host's JSON console formatter into a list (one line each).</summary>
    private sealed class JsonLines(ConsoleFormatter formatter, ConcurrentQueue<string> lines) : ILoggerProvider, ISupportExternalScope
    {
        private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

        public ILogger CreateLogger(string categoryName) => new Writer(this, categoryName);

        public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

        public void Dispose()
        {
        }

        private sealed class Writer(JsonLines owner, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => owner._scopes.Push(state);

            public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                using var writer = new StringWriter();
                owner.Formatter.Write(new Microsoft.Extensions.Logging.Abstractions.LogEntry<TState>(logLevel, category, eventId, state, exception, formatter), owner._scopes, writer);
                owner.Lines.Enqueue(writer.ToString().TrimEnd());
            }
        }

        private ConsoleFormatter Formatter => formatter;

        private ConcurrentQueue<string> Lines => lines;
    }
}
