using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace CoopPortal.Web.Security;

/// <summary>
/// PDFs in flight per person (issue 16 point 9): each signed-in user may have Pdf:PerUserInFlight documents being
/// prepared at once (default 2); one more is answered at once with 429 and a Persian message, so one person's pile of
/// downloads does not queue ahead of everyone else on the shared PDF engine.
/// </summary>
internal static class PdfRateLimits
{
    public const string Policy = "pdf-per-user";

    public const string Message = "چند سند PDF شما هم‌اکنون در حال آماده شدن است. پس از دریافت آن‌ها دوباره تلاش کنید.";

    public static IServiceCollection AddPdfRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = Math.Max(1, configuration.GetValue("Pdf:PerUserInFlight", 2));
        return services.Configure<RateLimiterOptions>(options =>
        {
            options.AddPolicy(Policy, context => RateLimitPartition.GetConcurrencyLimiter(
                context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "address|" + AccountRateLimits.ClientKey(context),
                _ => new ConcurrencyLimiterOptions { PermitLimit = permits, QueueLimit = 0 }));

            var previous = options.OnRejected;
            options.OnRejected = async (context, cancellationToken) =>
            {
                if (context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName != Policy)
                {
                    if (previous is not null)
                    {
                        await previous(context, cancellationToken);
                    }

                    return;
                }

                var response = context.HttpContext.Response;
                response.ContentType = "text/plain; charset=utf-8";
                response.Headers.RetryAfter = "5";
                response.Headers.CacheControl = "no-store";
                await response.WriteAsync(Message, cancellationToken);
            };
        });
    }
}
