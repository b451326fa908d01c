using System.Net;
using System.Text.RegularExpressions;

namespace CoopPortal.Testing;

/// <summary>
/// Drives the static server-rendered account forms over HTTP like a browser without JavaScript: GET the page, take its
/// hidden fields (antiforgery token, form handler), POST the form. Keeps cookies; does not follow redirects.
/// </summary>
public sealed partial class FormClient(HttpClient client)
{
    public HttpClient Http { get; } = client;

    public async Task<HttpResponseMessage> SubmitAsync(string path, IDictionary<string, string> fields, string modelName = "Input")
    {
        ArgumentNullException.ThrowIfNull(fields);
        using var page = await Http.GetAsync(new Uri(path, UriKind.Relative));
        page.EnsureSuccessStatusCode();
        var html = await page.Content.ReadAsStringAsync();

        var form = new List<KeyValuePair<string, string>>();
        foreach (Match hidden in HiddenInput().Matches(html))
        {
            form.Add(new(WebUtility.HtmlDecode(hidden.Groups["name"].Value), WebUtility.HtmlDecode(hidden.Groups["value"].Value)));
        }

        foreach (var (key, value) in fields)
        {
            form.Add(new($"{modelName}.{key}", value));
        }

        using var content = new FormUrlEncodedContent(form);
        return await Http.PostAsync(new Uri(path, UriKind.Relative), content);
    }

    /// <summary>Logs in through the login form; returns the response (302 to the dashboard on success).</summary>
    public Task<HttpResponseMessage> LoginAsync(string identifier, string password) =>
        SubmitAsync("/Account/Login", new Dictionary<string, string> { ["Identifier"] = identifier, ["Password"] = password });

    /// <summary>
    /// Logs out through the menu's form (POST /Account/Logout with the antiforgery token of a page of the signed-in user);
    /// returns the response (302).
    /// </summary>
    public async Task<HttpResponseMessage> LogoutAsync()
    {
        var html = await Http.GetStringAsync(new Uri("/Account/Manage/ChangePassword", UriKind.Relative));
        var token = AntiforgeryToken().Match(html);
        if (!token.Success)
        {
            throw new InvalidOperationException("The change-password page rendered no antiforgery token: is the client signed in?");
        }

        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
            ["ReturnUrl"] = string.Empty,
        });
        return await Http.PostAsync(new Uri("/Account/Logout", UriKind.Relative), content);
    }

    /// <summary>The value of the sign-in cookie a response sets (to replay it from another client), or null.</summary>
    public static string? AuthCookie(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.Headers.TryGetValues("Set-Cookie", out var cookies)
            ? cookies.Where(c => c.StartsWith(AuthCookieName + "=", StringComparison.Ordinal))
                .Select(c => c[(AuthCookieName.Length + 1)..].Split(';')[0])
                .LastOrDefault(v => v.Length > 0)
            : null;
    }

    public const string AuthCookieName = "CoopPortal.Auth";

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex("<input[^>]*type=\"hidden\"[^>]*name=\"(?<name>[^\"]+)\"[^>]*value=\"(?<value>[^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenInput();
}
