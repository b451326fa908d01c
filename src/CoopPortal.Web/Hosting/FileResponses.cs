namespace CoopPortal.Web.Hosting;

/// <summary>How the portal sends a stored file: always as an attachment, never cached, never sniffed into another type.</summary>
internal static class FileResponses
{
    public static IResult Attachment(HttpContext context, byte[] content, string contentType, string fileName)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Headers.CacheControl = "private, no-store";
        context.Response.Headers["X-Content-Type-Options"] = "nosniff";
        return Results.File(content, contentType, fileName, enableRangeProcessing: false);
    }
}
