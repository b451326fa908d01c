using Bunit;
using CoopPortal.ComponentTests.TestSupport;
using CoopPortal.Web.Components.Common;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoopPortal.ComponentTests.Layout;

/// <summary>
/// The boundary around every page: an exception a page did not handle shows a Persian message with a reference that
/// was logged with the exception, the circuit goes on (the boundary recovers), and a database outage is told apart.
/// </summary>
public sealed class PortalErrorBoundaryTests : ComponentTest
{
    private readonly ListLogger _log = new();

    public PortalErrorBoundaryTests() => Context.Services.AddSingleton<ILogger<PortalErrorBoundary>>(_log);

    [Fact]
    public void An_exception_in_a_click_shows_a_persian_message_with_the_logged_reference_and_the_page_recovers()
    {
        var boundary = Context.Render<PortalErrorBoundary>(p => p.AddChildContent<Thrower>(t => t.Add(c => c.Failure, () => new InvalidOperationException("boom"))));

        boundary.Find("#throw").Click();

        Assert.Contains(PortalErrorBoundary.ErrorTitle, boundary.Find("#page-error").TextContent, StringComparison.Ordinal);
        Assert.Equal("alert", boundary.Find("#page-error").GetAttribute("role"));
        var reference = boundary.Find("#page-error-reference").TextContent;
        Assert.Matches("^[0-9A-F]{8}$", reference);
        var (level, message, exception) = Assert.Single(_log.Entries);
        Assert.Equal(LogLevel.Error, level);
        Assert.Contains(reference, message, StringComparison.Ordinal);
        Assert.IsType<InvalidOperationException>(exception);
        Assert.DoesNotContain("boom", boundary.Markup, StringComparison.Ordinal);

        boundary.InvokeAsync(boundary.Instance.Recover);
        Assert.NotNull(boundary.Find("#throw"));
    }

    [Fact]
    public void A_database_outage_says_the_data_is_safe_and_to_try_again()
    {
        var boundary = Context.Render<PortalErrorBoundary>(p => p.AddChildContent<Thrower>(t => t.Add(c => c.Failure,
            () => new Npgsql.NpgsqlException("Failed to connect", new System.Net.Sockets.SocketException((int)System.Net.Sockets.SocketError.ConnectionRefused)))));

        boundary.Find("#throw").Click();

        Assert.Contains(PortalErrorBoundary.OutageTitle, boundary.Find("#page-error").TextContent, StringComparison.Ordinal);
        Assert.Equal(LogLevel.Warning, Assert.Single(_log.Entries).Level);
    }

    /// <summary>A page whose button throws what it is given.</summary>
    public sealed class Thrower : ComponentBase
    {
        [Parameter]
        public Func<Exception> Failure { get; set; } = default!;

        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            builder.OpenElement(0, "button");
            builder.AddAttribute(1, "id", "throw");
            builder.AddAttribute(2, "onclick", EventCallback.Factory.Create<MouseEventArgs>(this, () => throw Failure()));
            builder.AddContent(3, "ثبت");
            builder.CloseElement();
        }
    }

    /// <summary>Keeps what was logged.</summary>
    public sealed class ListLogger : ILogger<PortalErrorBoundary>
    {
        public List<(LogLevel Level, string Message, Exception? Exception)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            ArgumentNullException.ThrowIfNull(formatter);
            Entries.Add((logLevel, formatter(state, exception), exception));
        }
    }
}
