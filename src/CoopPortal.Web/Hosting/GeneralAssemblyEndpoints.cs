using CoopPortal.Application.Assemblies.ChangeNotice;
using CoopPortal.Application.Assemblies.MinutesFiles;

namespace CoopPortal.Web.Hosting;

internal static class GeneralAssemblyEndpoints
{
    /// <summary>
    /// GET /general-assemblies/{id}/files/{fileId}: a file of a general assembly's minutes (the signed minutes, the
    /// attendance list), always as an attachment, to its managers, the office of its province and its observer; 404 for
    /// everyone else. GET /general-assemblies/{id}/change-notice.pdf: the registry-change notice of a confirmed assembly
    /// (آگهی تغییرات), the stored PDF, to its managers and the office of its province; 404 for everyone else.
    /// </summary>
    public static void MapGeneralAssemblyEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/general-assemblies/{assemblyId:guid}/files/{fileId:guid}", async (
                Guid assemblyId, Guid fileId, DownloadMinutesFileHandler handler, HttpContext context) =>
            {
                var result = await handler.HandleAsync(assemblyId, fileId, context.RequestAborted);
                if (!result.Succeeded)
                {
                    return Results.NotFound();
                }

                var file = result.Value!;
                return FileResponses.Attachment(context, file.Content, file.ContentType, file.FileName);
            })
            .RequireAuthorization();

        endpoints.MapGet("/general-assemblies/{assemblyId:guid}/change-notice.pdf", async (Guid assemblyId, DownloadChangeNoticeHandler handler, HttpContext context) =>
                CertificateEndpoints.StoredPdf(context, await handler.HandleAsync(assemblyId, context.RequestAborted)))
            .RequireAuthorization()
            .RequireRateLimiting(Security.PdfRateLimits.Policy);
    }
}
