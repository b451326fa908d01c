using CoopPortal.Application.Registry.AssemblyFiles;

namespace CoopPortal.Web.Hosting;

internal static class RegistryEndpoints
{
    /// <summary>
    /// GET /assemblies/{id}/files/{fileId}: a document of a founding assembly (minutes, bylaws, bank certificate), always
    /// as an attachment, to its applicant and the office staff of its province; 404 for everyone else.
    /// </summary>
    public static void MapAssemblyEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/assemblies/{assemblyId:guid}/files/{fileId:guid}", async (
                Guid assemblyId, Guid fileId, DownloadAssemblyFileHandler handler, HttpContext context) =>
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
    }
}
