using Microsoft.Net.Http.Headers;

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

    /// <summary>
    /// The same, named twice: <paramref name="asciiName"/> for old clients (filename) and <paramref name="displayName"/>,
    /// which may be Persian, for browsers (filename*, RFC 5987).
    /// </summary>
    public static IResult Attachment(HttpContext context, byte[] content, string contentType, string asciiName, string displayName)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Headers.CacheControl = "private, no-store";
        context.Response.Headers["X-Content-Type-Options"] = "nosniff";
        context.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = asciiName, FileNameStar = displayName }.ToString();
        return Results.File(content, contentType, enableRangeProcessing: false);
    }
}
