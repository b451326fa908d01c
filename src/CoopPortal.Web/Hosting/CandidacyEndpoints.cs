using CoopPortal.Application.Assemblies.CandidacyFiles;

namespace CoopPortal.Web.Hosting;

internal static class CandidacyEndpoints
{
    /// <summary>
    /// GET /candidacies/{id}/files/{fileId}: a candidate's document (ID card, criminal record certificate), always as an
    /// attachment, to the candidate, the cooperative's managers and the office of its province; 404 for everyone else.
    /// </summary>
    public static void MapCandidacyEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/candidacies/{candidacyId:guid}/files/{fileId:guid}", async (
                Guid candidacyId, Guid fileId, DownloadCandidacyFileHandler handler, HttpContext context) =>
            {
                var result = await handler.HandleAsync(candidacyId, fileId, context.RequestAborted);
                if (!result.Succeeded)
                {
                    return Results.NotFound();
                }

                var file = result.Value!;
                return FileResponses.Attachment(context, file.Content, file.ContentType, file.FileName);
            })
            .RequireAuthorization();
    }
}
