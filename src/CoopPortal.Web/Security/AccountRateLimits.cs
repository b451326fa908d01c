using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace CoopPortal.Web.Security;

/// <summary>
/// Log-in and registration form posts are limited per client address (after trusted forwarded headers) and in total,
/// per minute (settings AccountLimits:*). Past the limit the form answers 429 with a Persian page and Retry-After.
/// </summary>
internal static class AccountRateLimits
{
    public const string SectionName = "AccountLimits";

    public const string LoginMessage = "تلاش‌های ورود بیش از حد مجاز است؛ یک دقیقه دیگر دوباره تلاش کنید.";
    public const string RegisterMessage = "درخواست‌های ثبت‌نام بیش از حد مجاز است؛ یک دقیقه دیگر دوباره تلاش کنید.";

    public static IServiceCollection AddAccountRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(SectionName);
        var limits = new Dictionary<string, (int PerClient, int Total)>(StringComparer.Ordinal)
        {
            ["login"] = (Permits(section, "LoginPerClientPerMinute", 10), Permits(section, "LoginTotalPerMinute", 300)),
            ["register"] = (Permits(section, "RegisterPerClientPerMinute", 5), Permits(section, "RegisterTotalPerMinute", 60)),
        };

        return services.Configure<RateLimiterOptions>(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            var perClient = PartitionedRateLimiter.Create<HttpContext, string>(context => Kind(context) is { } kind
                ? RateLimitPartition.GetFixedWindowLimiter(kind + "|" + ClientKey(context), _ => Window(limits[kind].PerClient))
                : RateLimitPartition.GetNoLimiter(string.Empty));
            var total = PartitionedRateLimiter.Create<HttpContext, string>(context => Kind(context) is { } kind
                ? RateLimitPartition.GetFixedWindowLimiter(kind, _ => Window(limits[kind].Total))
                : RateLimitPartition.GetNoLimiter(string.Empty));
            options.GlobalLimiter = PartitionedRateLimiter.CreateChained(perClient, total);

            var previous = options.OnRejected;
            options.OnRejected = async (context, cancellationToken) =>
            {
                var kind = Kind(context.HttpContext);
                if (kind is null)
                {
                    if (previous is not null)
                    {
                        await previous(context, cancellationToken);
                    }

                    return;
                }

                var response = context.HttpContext.Response;
                response.ContentType = "text/html; charset=utf-8";
                response.Headers.RetryAfter = "60";
                response.Headers.CacheControl = "no-store";
                await response.WriteAsync(Page(kind == "login" ? LoginMessage : RegisterMessage), cancellationToken);
            };
        });
    }

    /// <summary>The client's address as the pipeline sees it: the peer, or the real client behind a trusted proxy.</summary>
    public static string ClientKey(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static string? Kind(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            return null;
        }

        var path = context.Request.Path;
        return path.Equals("/Account/Login", StringComparison.OrdinalIgnoreCase) ? "login"
            : path.Equals("/Account/Register", StringComparison.OrdinalIgnoreCase) ? "register"
            : null;
    }

    private static int Permits(IConfigurationSection section, string key, int fallback) => Math.Max(1, section.GetValue(key, fallback));

    private static FixedWindowRateLimiterOptions Window(int permits) =>
        new() { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 };

    private static string Page(string message) =>
        "<!DOCTYPE html><html lang=\"fa\" dir=\"rtl\"><head><meta charset=\"utf-8\" />" +
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1.0\" />" +
        "<title>درخواست بیش از حد مجاز - سامانه خدمات الکترونیکی تعاون</title>" +
        "<link rel=\"stylesheet\" href=\"/app.css\" /></head>" +
        "<body><main class=\"account-page\"><div class=\"card\" id=\"rate-limited\">" +
        "<h1>درخواست بیش از حد مجاز</h1>" +
        $"<p>{WebUtility.HtmlEncode(message)}</p>" +
        "<p><a href=\"/\">بازگشت به صفحه اصلی</a></p>" +
        "</div></main></body></html>";
}
