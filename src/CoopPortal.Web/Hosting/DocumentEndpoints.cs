using CoopPortal.Application.Formation.Documents;

namespace CoopPortal.Web.Hosting;

internal static class DocumentEndpoints
{
    /// <summary>
    /// GET /applications/{id}/documents/{documentId}: the file, always as an attachment (never rendered inline), to the
    /// applicant and the reviewers of the application's province; 404 for everyone else.
    /// </summary>
    public static void MapDocumentEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/applications/{applicationId:guid}/documents/{documentId:guid}", async (
                Guid applicationId, Guid documentId, DownloadDocumentHandler handler, HttpContext context) =>
            {
                var result = await handler.HandleAsync(applicationId, documentId, context.RequestAborted);
                if (!result.Succeeded)
                {
                    return Results.NotFound();
                }

                var file = result.Value!;
                return FileResponses.Attachment(context, file.Content, file.ContentType, file.FileName);
            })
            .RequireAuthorization();

        // The same file shown inside the review page (images and PDFs whose type was checked by content at upload).
        // Sandboxed by CSP so a document can never run script in the portal's origin.
        endpoints.MapGet("/applications/{applicationId:guid}/documents/{documentId:guid}/preview", async (
                Guid applicationId, Guid documentId, DownloadDocumentHandler handler, HttpContext context) =>
            {
                var result = await handler.HandleAsync(applicationId, documentId, context.RequestAborted);
                if (!result.Succeeded)
                {
                    return Results.NotFound();
                }

                var file = result.Value!;
                context.Response.Headers.CacheControl = "private, no-store";
                context.Response.Headers.ContentSecurityPolicy = "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'";
                context.Response.Headers.XFrameOptions = "SAMEORIGIN";
                return Results.File(file.Content, file.ContentType);
            })
            .RequireAuthorization();
    }
}
