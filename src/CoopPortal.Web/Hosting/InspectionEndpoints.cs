using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Inspection.Documents;

namespace CoopPortal.Web.Hosting;

/// <summary>
/// GET /inspector-reports/{id}/report.pdf: a sent inspector's report as PDF, to its author, the cooperative's managers and
/// the office staff of its province; 404 for everyone else and for a draft; 503 with a Persian message when the PDF
/// engine is busy or down.
/// </summary>
internal static class InspectionEndpoints
{
    public static void MapInspectionEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/inspector-reports/{reportId:guid}/report.pdf", async (Guid reportId, InspectorReportDocumentHandler handler, HttpContext context) =>
            {
                var result = await handler.PdfAsync(reportId, context.RequestAborted);
                if (!result.Succeeded)
                {
                    return result.Kind == ErrorKind.NotFound
                        ? Results.NotFound()
                        : Results.Text(result.Message ?? string.Empty, "text/plain; charset=utf-8", statusCode: StatusCodes.Status503ServiceUnavailable);
                }

                context.Response.Headers.CacheControl = "private, no-store";
                return Results.File(result.Value!, "application/pdf", $"inspector-report-{reportId.ToString("N")[..8]}.pdf");
            })
            .RequireAuthorization()
            .RequireRateLimiting(Security.PdfRateLimits.Policy);
    }
}
