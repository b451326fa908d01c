using System.Text;
using CoopPortal.Infrastructure.Persistence;

namespace CoopPortal.Web.Observability;

/// <summary>
/// Any request that fails because the database is unavailable (<see cref="DatabaseOutage"/>), wherever it fails (the
/// sign-in cookie's check and the role lookup in authentication included, which run before the exception handler), gets
/// a Persian "temporarily unavailable" page with HTTP 503 and Retry-After: a fixed page that needs neither the
/// database nor any other file (the style sheet and fonts go through the same failing authentication), so it is shown
/// even when nothing else can be. Other exceptions go on to the exception handler's error page.
/// </summary>
internal static partial class OutagePage
{
    public const string Title = "سامانه موقتاً در دسترس نیست";
    public const string Text = "ارتباط سامانه با پایگاه داده موقتاً برقرار نیست. اطلاعاتی که پیش از این ذخیره کرده‌اید محفوظ است. چند دقیقه دیگر دوباره تلاش کنید.";
    public const int RetryAfterSeconds = 30;

    private static readonly byte[] Html = Encoding.UTF8.GetBytes($$"""
        <!DOCTYPE html>
        <html lang="fa" dir="rtl">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="robots" content="noindex">
        <title>{{Title}} | سامانه خدمات الکترونیکی تعاون</title>
        <style>
        body { font-family: Vazirmatn, Tahoma, "DejaVu Sans", sans-serif; background: #f5f7fa; color: #1f2933; margin: 0; }
        main { max-width: 36rem; margin: 12vh auto; padding: 2rem; background: #fff; border-radius: 8px; box-shadow: 0 1px 4px rgba(0,0,0,.12); line-height: 2; }
        h1 { font-size: 1.4rem; margin-top: 0; color: #8a4b08; }
        a { color: #1565c0; }
        </style>
        </head>
        <body>
        <main role="alert">
        <h1>{{Title}}</h1>
        <p>{{Text}}</p>
        <p><a href="" id="outage-retry">تلاش دوباره</a></p>
        <p><small>سامانه خدمات الکترونیکی تعاون</small></p>
        </main>
        </body>
        </html>
        """);

    public static IApplicationBuilder UseOutagePage(this IApplicationBuilder app)
    {
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(OutagePage).FullName!);
        return app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (Exception ex) when (DatabaseOutage.Is(ex) && !context.Response.HasStarted)
            {
                LogOutage(logger, ex, context.Request.Path);
                await WriteAsync(context.Response);
            }
        });
    }

    private static async Task WriteAsync(HttpResponse response)
    {
        response.Clear();
        response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        response.ContentType = "text/html; charset=utf-8";
        var headers = response.Headers;
        headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        headers.CacheControl = "no-store";
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "SAMEORIGIN";
        headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";
        response.ContentLength = Html.Length;
        await response.Body.WriteAsync(Html);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database is unavailable: {Path} got the outage page")]
    private static partial void LogOutage(ILogger logger, Exception exception, PathString path);
}
