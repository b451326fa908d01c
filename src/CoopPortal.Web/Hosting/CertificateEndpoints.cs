using System.Threading.RateLimiting;
using CoopPortal.Application.Certificates.Common;
using CoopPortal.Application.Certificates.Download;
using CoopPortal.Application.Certificates.Verify;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Formation.Summary;
using CoopPortal.Web.Components.Pages.Verification;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CoopPortal.Web.Hosting;

/// <summary>Certificates and printed documents: downloads for those who may see the application, and the public check.</summary>
internal static class CertificateEndpoints
{
    public const string VerificationPolicy = "verification";

    /// <summary>Checks per client address per minute on /verify (setting Verification:PermitPerMinute).</summary>
    public static IServiceCollection AddVerificationRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = Math.Max(1, configuration.GetValue("Verification:PermitPerMinute", 30));
        return services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(VerificationPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            options.OnRejected = static async (context, cancellationToken) =>
            {
                context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                context.HttpContext.Response.Headers.RetryAfter = "60";
                await context.HttpContext.Response.WriteAsync("درخواست‌های استعلام از این نشانی بیش از حد مجاز است؛ یک دقیقه دیگر دوباره تلاش کنید.", cancellationToken);
            };
        });
    }

    public static void MapCertificateEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/verify/{code}", async (string code, VerifyCertificateHandler handler, HttpContext context) =>
            {
                var result = await handler.HandleAsync(code, context.Connection.RemoteIpAddress?.ToString(), context.Request.Headers.UserAgent.ToString(), context.RequestAborted);
                context.Response.Headers.CacheControl = "no-store";
                return new RazorComponentResult<VerificationPage>(new { Result = result })
                {
                    StatusCode = result is null ? StatusCodes.Status404NotFound : StatusCodes.Status200OK,
                };
            })
            .AllowAnonymous()
            .RequireRateLimiting(VerificationPolicy);

        endpoints.MapGet("/applications/{applicationId:guid}/certificate.pdf", async (Guid applicationId, DownloadCertificateHandler handler, HttpContext context) =>
                StoredPdf(context, await handler.HandleAsync(applicationId, context.RequestAborted)))
            .RequireAuthorization()
            .RequireRateLimiting(Security.PdfRateLimits.Policy);

        endpoints.MapGet("/applications/{applicationId:guid}/summary.pdf", async (Guid applicationId, ApplicationSummaryHandler handler, HttpContext context) =>
            {
                var result = await handler.PdfAsync(applicationId, context.RequestAborted);
                if (!result.Succeeded)
                {
                    return Failure(result);
                }

                context.Response.Headers.CacheControl = "private, no-store";
                return Results.File(result.Value!, "application/pdf", $"application-{applicationId.ToString("N")[..8]}.pdf");
            })
            .RequireAuthorization()
            .RequireRateLimiting(Security.PdfRateLimits.Policy);

        // The same template as HTML: the portal's print preview. No script can run in it.
        endpoints.MapGet("/applications/{applicationId:guid}/summary", async (Guid applicationId, ApplicationSummaryHandler handler, HttpContext context) =>
            {
                var result = await handler.HtmlAsync(applicationId, context.RequestAborted);
                if (!result.Succeeded)
                {
                    return Failure(result);
                }

                context.Response.Headers.CacheControl = "private, no-store";
                context.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; font-src 'self'; img-src data:";
                return Results.Content(result.Value!, "text/html; charset=utf-8");
            })
            .RequireAuthorization();
    }

    /// <summary>A stored verifiable document (a certificate, a registry-change notice) as a file, with its SHA-256.</summary>
    public static IResult StoredPdf(HttpContext context, Result<StoredDocumentPdf> result)
    {
        if (!result.Succeeded)
        {
            return Failure(result);
        }

        var pdf = result.Value!;
        context.Response.Headers.CacheControl = "private, no-store";
        context.Response.Headers["X-Content-SHA256"] = pdf.Sha256;
        return Results.File(pdf.Content!, "application/pdf", pdf.FileName);
    }

    /// <summary>Not found for what the caller may not see; 503 with a Persian message when the PDF engine is down.</summary>
    private static IResult Failure(Result result) => result.Kind == ErrorKind.NotFound
        ? Results.NotFound()
        : Results.Text(result.Message ?? string.Empty, "text/plain; charset=utf-8", statusCode: StatusCodes.Status503ServiceUnavailable);
}
