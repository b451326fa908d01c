namespace CoopPortal.Web.Components.Account;

/// <summary>
/// Where to send someone after logging in or out: a path of this portal, or the dashboard. Absolute addresses,
/// protocol-relative ones (//host), backslash tricks (/\host) and control characters fall back to the dashboard.
/// </summary>
internal static class ReturnUrls
{
    public const string Dashboard = "/dashboard";

    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url)
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(c => char.IsControl(c) || c == '\\')
        && Uri.IsWellFormedUriString(url, UriKind.Relative);

    /// <summary>
    /// An account page (relative to the base address) that hands the return address on, so the person still ends up
    /// where the log-in would have sent them (log-in → registration or SMS log-in → the page they were going to).
    /// </summary>
    public static string Carry(string page, string? returnUrl) =>
        string.IsNullOrEmpty(returnUrl) ? page : page + "?ReturnUrl=" + Uri.EscapeDataString(returnUrl);

    /// <summary><paramref name="url"/> when it is a local path, otherwise <paramref name="fallback"/>.</summary>
    public static string LocalOr(string? url, string fallback = Dashboard) => IsLocal(url) ? url! : fallback;

    /// <summary>
    /// For a target that is not a plain relative path: an absolute address inside <paramref name="baseUri"/> becomes
    /// base-relative; anything else (another host, //host, /\host) becomes the dashboard (base-relative, no slash).
    /// </summary>
    public static string BaseRelativeOrDashboard(string uri, string baseUri)
    {
        ArgumentNullException.ThrowIfNull(baseUri);
        return Uri.TryCreate(uri, UriKind.Absolute, out var absolute)
            && (absolute.Scheme == Uri.UriSchemeHttps || absolute.Scheme == Uri.UriSchemeHttp)
            && absolute.AbsoluteUri.StartsWith(baseUri, StringComparison.OrdinalIgnoreCase)
            ? absolute.AbsoluteUri[baseUri.Length..]
            : Dashboard[1..];
    }
}
