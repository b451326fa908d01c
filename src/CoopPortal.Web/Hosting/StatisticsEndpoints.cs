using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Statistics.Dashboard;
using CoopPortal.Application.Statistics.Export;

namespace CoopPortal.Web.Hosting;

/// <summary>
/// GET /statistics/export/{csv|xlsx|pdf}?table=&amp;province=&amp;year=: the statistics page's tables as a file, for heads of
/// office (their province; a county office's: their county), headquarters and admins (<see cref="StatisticsAccess"/>). An unknown format or table is the Persian not-found page; a refusal is 403 and
/// a busy PDF engine 503, each with a Persian message.
/// </summary>
internal static class StatisticsEndpoints
{
    public const string ExportPath = "/statistics/export";

    public static void MapStatisticsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ExportPath + "/{format}", async (
                string format, string? table, int? province, int? year, ExportStatisticsHandler handler, HttpContext context) =>
            {
                if (ExportFormats.Parse(format) is not { } parsed)
                {
                    return Results.NotFound();
                }

                var result = await handler.HandleAsync(parsed, table, province, year, context.RequestAborted);
                if (result.Value is not { } file)
                {
                    return Failure(result);
                }

                return FileResponses.Attachment(context, file.Content, file.ContentType, file.FileName, file.PersianFileName);
            })
            .RequireAuthorization(policy => policy.RequireRole(StatisticsAccess.RoleList));
    }

    private static IResult Failure(Result result) => result.Kind switch
    {
        ErrorKind.NotFound => Results.NotFound(),
        ErrorKind.Forbidden => Results.Text(result.Message ?? string.Empty, "text/plain; charset=utf-8", statusCode: StatusCodes.Status403Forbidden),
        _ => Results.Text(result.Message ?? string.Empty, "text/plain; charset=utf-8", statusCode: StatusCodes.Status503ServiceUnavailable),
    };
}
