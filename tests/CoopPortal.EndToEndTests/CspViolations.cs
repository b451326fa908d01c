using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.Playwright;
using Xunit.Sdk;

namespace CoopPortal.EndToEndTests;

/// <summary>
/// Issue 15: every browser journey fails on a Content-Security-Policy violation. Each page from
/// <see cref="BrowserFixture.NewPageAsync"/> reports the browser's securitypolicyviolation events and its CSP console
/// errors here; the attribute on <see cref="BrowserCollection"/> clears them before each test and fails the test after it
/// when there were any.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class CspViolations : BeforeAfterTestAttribute
{
    private const string Marker = "csp-violation:";

    private static readonly ConcurrentQueue<string> Seen = new();

    /// <summary>Listens on a new browser context (before its first page opens).</summary>
    public static async Task WatchAsync(IBrowserContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        await context.AddInitScriptAsync(
            "document.addEventListener('securitypolicyviolation', e => console.error('" + Marker + " ' + e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.documentURI + ':' + e.lineNumber));");
        context.Console += (_, message) =>
        {
            if (message.Type == "error"
                && (message.Text.StartsWith(Marker, StringComparison.Ordinal) || message.Text.Contains("Content Security Policy", StringComparison.Ordinal)))
            {
                Seen.Enqueue(message.Text);
            }
        };
    }

    /// <summary>The violations seen so far in this test, cleared (for a test that provokes one on purpose).</summary>
    public static IReadOnlyList<string> TakeAll()
    {
        var taken = new List<string>();
        while (Seen.TryDequeue(out var violation))
        {
            taken.Add(violation);
        }

        return taken;
    }

    public override void Before(MethodInfo methodUnderTest) => Seen.Clear();

    public override void After(MethodInfo methodUnderTest)
    {
        var violations = Seen.Distinct().ToList();
        Seen.Clear();
        if (violations.Count > 0)
        {
            throw new XunitException($"The page broke its Content-Security-Policy {violations.Count} time(s):{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");
        }
    }
}
