using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;

namespace CoopPortal.Web.Hosting;

/// <summary>
/// Pages are compressed (Brotli, else gzip) for signed-out visitors only: the landing page, log-in, registration and
/// the certificate check, which a phone on a slow connection meets first (issue 17, bench/README.md «First load»).
/// A signed-in person's pages are not: they show personal data next to what the request itself can put on the page
/// (a search, a filter), which is what BREACH needs to read a page's secrets from its compressed size over TLS. The
/// static files are compressed at build time and served as they are (MapStaticAssets).
/// </summary>
internal sealed class VisitorResponseCompression(IServiceProvider services, IOptions<ResponseCompressionOptions> options)
    : ResponseCompressionProvider(services, options)
{
    public override bool ShouldCompressResponse(HttpContext context) =>
        context.User.Identity?.IsAuthenticated != true && base.ShouldCompressResponse(context);

    public static void AddTo(IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.MimeTypes = ["text/html"];
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
        });
        services.AddSingleton<IResponseCompressionProvider, VisitorResponseCompression>();
    }
}
