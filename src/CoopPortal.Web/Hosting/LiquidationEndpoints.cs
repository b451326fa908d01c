using CoopPortal.Application.Liquidation.ReportFiles;

namespace CoopPortal.Web.Hosting;

internal static class LiquidationEndpoints
{
    /// <summary>
    /// GET /liquidations/{id}/files/{fileId}: a file of a liquidation's report, always as an attachment, to its
    /// liquidators serving their term and the office of its province; 404 for everyone else.
    /// </summary>
    public static void MapLiquidationEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/liquidations/{liquidationId:guid}/files/{fileId:guid}", async (
                Guid liquidationId, Guid fileId, LiquidationFilesHandler handler, HttpContext context) =>
            {
                var result = await handler.DownloadAsync(liquidationId, fileId, context.RequestAborted);
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
