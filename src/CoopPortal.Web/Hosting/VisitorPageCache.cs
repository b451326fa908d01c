using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;
using CoopPortal.Web.Components.Common;

namespace CoopPortal.Web.Hosting;

/// <summary>
/// The cache behind <see cref="CachedForVisitorsAttribute"/>. ASP.NET Core's output cache cannot hold these pages: every
/// Blazor page answers with an antiforgery cookie and «no-store», and persists the antiforgery request token into the
/// HTML. So this cache fills only from a signed-out request that carries no cookie of the portal (no one's token is
/// bound to what it stores), keeps the HTML without the persisted component state (a static page has no component to
/// read it) and without the cookie, and replays the Content-Security-Policy whose nonce the stored import map carries
/// (the page shows nothing a visitor typed, so the fixed nonce lets no other script in). A signed-in person always gets
/// the page rendered for them; a signed-out request with cookies may be answered from memory but never fills it.
/// </summary>
internal static partial class VisitorPageCache
{
    public static IApplicationBuilder UseVisitorPageCache(this IApplicationBuilder app, TimeProvider clock)
    {
        var pages = new ConcurrentDictionary<string, Entry>(StringComparer.Ordinal); // this application's, in memory
        return app.Use(async (context, next) =>
        {
            var cached = context.GetEndpoint()?.Metadata.GetMetadata<CachedForVisitorsAttribute>();
            if (cached is null || !HttpMethods.IsGet(context.Request.Method) || context.User.Identity?.IsAuthenticated == true
                || context.Request.QueryString.HasValue)
            {
                await next(context);
                return;
            }

            var key = context.Request.Path.Value ?? "/";
            var now = clock.GetUtcNow();
            if (pages.TryGetValue(key, out var entry) && entry.Until > now)
            {
                context.Response.StatusCode = StatusCodes.Status200OK;
                context.Response.ContentType = entry.ContentType;
                context.Response.Headers.ContentSecurityPolicy = entry.Policy;
                context.Response.Headers.CacheControl = "no-cache";
                context.Response.Headers.Age = ((int)(now - entry.Stored).TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
                context.Response.ContentLength = entry.Body.Length;
                await context.Response.Body.WriteAsync(entry.Body, context.RequestAborted);
                return;
            }

            if (context.Request.Cookies.Count > 0)
            {
                await next(context);
                return;
            }

            var original = context.Response.Body;
            await using var buffer = new MemoryStream();
            context.Response.Body = buffer;
            try
            {
                await next(context);
            }
            finally
            {
                context.Response.Body = original;
            }

            buffer.Position = 0;
            await buffer.CopyToAsync(original, context.RequestAborted);
            if (context.Response.StatusCode == StatusCodes.Status200OK
                && context.Response.ContentType?.StartsWith("text/html", StringComparison.Ordinal) == true
                && context.Response.Headers.ContentSecurityPolicy.FirstOrDefault(p => p?.Contains("script-src", StringComparison.Ordinal) == true) is { } policy)
            {
                var html = ComponentState().Replace(Encoding.UTF8.GetString(buffer.ToArray()), string.Empty);
                pages[key] = new Entry(Encoding.UTF8.GetBytes(html), context.Response.ContentType, policy, now, now.AddSeconds(cached.Seconds));
            }
        });
    }

    [GeneratedRegex("<!--Blazor-[A-Za-z]+-Component-State:[^>]*-->")]
    private static partial Regex ComponentState();

    private sealed record Entry(byte[] Body, string ContentType, string Policy, DateTimeOffset Stored, DateTimeOffset Until);
}
