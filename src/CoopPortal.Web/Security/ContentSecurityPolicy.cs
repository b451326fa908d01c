using System.Security.Cryptography;

namespace CoopPortal.Web.Security;

/// <summary>
/// The portal's Content-Security-Policy, sent on every response (endpoints that serve documents replace it with a
/// stricter one). Scripts only from the portal itself or with this request's nonce (the import map); no inline script,
/// no eval. Styles allow inline because MudBlazor writes style attributes and its theme as a &lt;style&gt; element
/// (docs/security.md).
/// </summary>
internal static class ContentSecurityPolicy
{
    private const string NonceKey = "CoopPortal.CspNonce";

    /// <summary>The policy for a response whose inline scripts carry <paramref name="nonce"/>.</summary>
    public static string For(string nonce) =>
        "default-src 'self'; " +
        $"script-src 'self' 'nonce-{nonce}'; " +
        "style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data:; " +
        "font-src 'self'; " +
        "connect-src 'self'; " +
        "object-src 'none'; " +
        "base-uri 'self'; " +
        "form-action 'self'; " +
        "frame-ancestors 'self'";

    /// <summary>This request's nonce, made on first use (128 random bits).</summary>
    public static string Nonce(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Items.TryGetValue(NonceKey, out var existing) && existing is string nonce)
        {
            return nonce;
        }

        nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        context.Items[NonceKey] = nonce;
        return nonce;
    }
}
