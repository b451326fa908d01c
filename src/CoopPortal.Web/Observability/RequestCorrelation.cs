using System.Diagnostics;

namespace CoopPortal.Web.Observability;

/// <summary>
/// One correlation id per request: the W3C trace id of the request's activity (the id a trace carries in the OTLP
/// back end), else ASP.NET Core's request id. Every log line written while the request runs carries it in the scope
/// <see cref="ScopeKey"/>, and the response returns it in <see cref="Header"/>, so a support call can quote it.
/// </summary>
internal static class RequestCorrelation
{
    public const string ScopeKey = "CorrelationId";
    public const string Header = "X-Correlation-Id";

    public static IApplicationBuilder UseRequestCorrelation(this IApplicationBuilder app)
    {
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RequestCorrelation).FullName!);
        return app.Use(async (context, next) =>
        {
            var id = IdOf(context);
            // On starting, so the header survives the exception handler clearing the response for the error page.
            context.Response.OnStarting(static state =>
            {
                var (response, value) = ((HttpResponse, string))state;
                response.Headers[Header] = value;
                return Task.CompletedTask;
            }, (context.Response, id));
            using (logger.BeginScope(new Dictionary<string, object> { [ScopeKey] = id }))
            {
                await next(context);
            }
        });
    }

    public static string IdOf(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Activity.Current is { } activity && activity.TraceId != default
            ? activity.TraceId.ToHexString()
            : context.TraceIdentifier;
    }
}
