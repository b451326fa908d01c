using CoopPortal.Application.Dormancy.Notice;

namespace CoopPortal.Web.Hosting;

internal static class DormancyEndpoints
{
    /// <summary>
    /// GET /dormancy/{id}/notice.pdf: the dormancy notice (اخطاریه رکود) of a case, the stored PDF, to the cooperative's
    /// managers and the office staff of its province or county; 404 for everyone else.
    /// </summary>
    public static void MapDormancyEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/dormancy/{caseId:guid}/notice.pdf", async (Guid caseId, DownloadDormancyNoticeHandler handler, HttpContext context) =>
                CertificateEndpoints.StoredPdf(context, await handler.HandleAsync(caseId, context.RequestAborted)))
            .RequireAuthorization()
            .RequireRateLimiting(Security.PdfRateLimits.Policy);
    }
}
