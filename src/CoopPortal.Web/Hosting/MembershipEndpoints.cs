using CoopPortal.Application.Memberships.Certificate;

namespace CoopPortal.Web.Hosting;

internal static class MembershipEndpoints
{
    /// <summary>
    /// GET /memberships/{id}/certificate.pdf: the latest membership certificate of a membership (گواهی عضویت), the
    /// stored PDF, to the member only (proven national code); 404 for everyone else and while none was asked for.
    /// </summary>
    public static void MapMembershipEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/memberships/{membershipId:guid}/certificate.pdf", async (Guid membershipId, DownloadMembershipCertificateHandler handler, HttpContext context) =>
                CertificateEndpoints.StoredPdf(context, await handler.HandleAsync(membershipId, context.RequestAborted)))
            .RequireAuthorization()
            .RequireRateLimiting(Security.PdfRateLimits.Policy);
    }
}
