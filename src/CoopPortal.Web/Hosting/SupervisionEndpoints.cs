using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Supervision.DeclarationFiles;
using CoopPortal.Application.Supervision.Documents;

namespace CoopPortal.Web.Hosting;

/// <summary>
/// The annual self-declaration's printed documents (receipt and report, as PDF and as an HTML preview) and its attached
/// files, for the cooperative's managers and the office staff of its province; 404 for everyone else.
/// </summary>
internal static class SupervisionEndpoints
{
    public static void MapSupervisionEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/declarations/{declarationId:guid}/receipt.pdf", (Guid declarationId, DeclarationDocumentsHandler handler, HttpContext context) =>
                PdfAsync(declarationId, DeclarationDocumentKind.Receipt, handler, context))
            .RequireAuthorization()
            .RequireRateLimiting(Security.PdfRateLimits.Policy);

        endpoints.MapGet("/declarations/{declarationId:guid}/report.pdf", (Guid declarationId, DeclarationDocumentsHandler handler, HttpContext context) =>
                PdfAsync(declarationId, DeclarationDocumentKind.Report, handler, context))
            .RequireAuthorization()
            .RequireRateLimiting(Security.PdfRateLimits.Policy);

        // The report as HTML: the portal's print preview. No script can run in it.
        endpoints.MapGet("/declarations/{declarationId:guid}/report", async (Guid declarationId, DeclarationDocumentsHandler handler, HttpContext context) =>
            {
                var result = await handler.HtmlAsync(declarationId, DeclarationDocumentKind.Report, context.RequestAborted);
                if (!result.Succeeded)
                {
                    return Failure(result);
                }

                context.Response.Headers.CacheControl = "private, no-store";
                context.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; font-src 'self'; img-src data:";
                return Results.Content(result.Value!, "text/html; charset=utf-8");
            })
            .RequireAuthorization();

        // The inspectors' report, always as an attachment (never rendered inline).
        endpoints.MapGet("/declarations/{declarationId:guid}/files/{fileId:guid}", async (Guid declarationId, Guid fileId, DownloadDeclarationFileHandler handler, HttpContext context) =>
            {
                var result = await handler.HandleAsync(declarationId, fileId, context.RequestAborted);
                if (!result.Succeeded)
                {
                    return Results.NotFound();
                }

                var file = result.Value!;
                return FileResponses.Attachment(context, file.Content, file.ContentType, file.FileName);
            })
            .RequireAuthorization();
    }

    private static async Task<IResult> PdfAsync(Guid declarationId, DeclarationDocumentKind kind, DeclarationDocumentsHandler handler, HttpContext context)
    {
        var result = await handler.PdfAsync(declarationId, kind, context.RequestAborted);
        if (!result.Succeeded)
        {
            return Failure(result);
        }

        context.Response.Headers.CacheControl = "private, no-store";
        var name = kind == DeclarationDocumentKind.Receipt ? "declaration-receipt" : "declaration-report";
        return Results.File(result.Value!, "application/pdf", $"{name}-{declarationId.ToString("N")[..8]}.pdf");
    }

    /// <summary>Not found for what the caller may not see; 503 with a Persian message when the PDF engine is busy or down.</summary>
    private static IResult Failure(Result result) => result.Kind == ErrorKind.NotFound
        ? Results.NotFound()
        : Results.Text(result.Message ?? string.Empty, "text/plain; charset=utf-8", statusCode: StatusCodes.Status503ServiceUnavailable);
}
