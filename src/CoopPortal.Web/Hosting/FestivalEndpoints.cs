using CoopPortal.Application.Festival.Certificate;

namespace CoopPortal.Web.Hosting;

internal static class FestivalEndpoints
{
    /// <summary>
    /// GET /festival/certificates/{id}.pdf: a festival winner's certificate of appreciation (لوح تقدیر), the stored PDF,
    /// to those who see the cooperative's card (its managers, its office, headquarters); 404 for everyone else.
    /// </summary>
    public static void MapFestivalEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/festival/certificates/{certificateId:guid}.pdf", async (Guid certificateId, DownloadAppreciationCertificateHandler handler, HttpContext context) =>
                CertificateEndpoints.StoredPdf(context, await handler.HandleAsync(certificateId, context.RequestAborted)))
            .RequireAuthorization()
            .RequireRateLimiting(Security.PdfRateLimits.Policy);
    }
}
