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

    /// <summary>
    /// Logs in through the login form like a person with their phone: when the password step asks for the authenticator's
    /// code, computes it (<see cref="Totp"/>, the account's key from <see cref="TestAccounts.KeyOf"/>) and sends it; when
    /// staff must enrol an authenticator first, enrols with the key the page shows. Returns the last response (302 to the
    /// dashboard on success).
    /// </summary>
    public async Task<HttpResponseMessage> LoginAsync(string identifier, string password)
    {
        ArgumentNullException.ThrowIfNull(identifier);
        var response = await PasswordStepAsync(identifier, password);
        var next = LocalPath(response);
        if (response.StatusCode == HttpStatusCode.Redirect && next.Contains("/Account/LoginWith2fa", StringComparison.OrdinalIgnoreCase))
        {
            response.Dispose();
            return await SubmitAsync(next, new Dictionary<string, string> { ["TwoFactorCode"] = Totp.Code(TestAccounts.KeyOf(identifier)) });
        }

        if (response.StatusCode == HttpStatusCode.Redirect && next.Contains("/Account/Manage/EnableAuthenticator", StringComparison.OrdinalIgnoreCase))
        {
            response.Dispose();
            await EnrolAuthenticatorAsync(identifier, next);
            return new HttpResponseMessage(HttpStatusCode.Redirect) { Headers = { Location = new Uri("/dashboard", UriKind.Relative) } };
        }

        return response;
    }

    /// <summary>
    /// True when a registration form's answer is the SMS code step (ADR 21): what every accepted registration shows, for
    /// a new national code or a taken one alike. A refused one shows the form again with its messages.
    /// </summary>
    public static async Task<bool> ShowsCodeStepAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.StatusCode == HttpStatusCode.OK && (await response.Content.ReadAsStringAsync()).Contains("id=\"verify-code\"", StringComparison.Ordinal);
    }

    /// <summary>Where a redirect points, as a path and query on this portal (empty when it is no redirect).</summary>
    public static string LocalPath(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.Headers.Location is not { } location ? string.Empty
            : location.IsAbsoluteUri ? location.PathAndQuery
            : location.OriginalString.StartsWith('/') ? location.OriginalString : "/" + location.OriginalString;
    }

    /// <summary>Only the password step of the log-in (the second step, if any, is left to the test).</summary>
    public Task<HttpResponseMessage> PasswordStepAsync(string identifier, string password) =>
        SubmitAsync("/Account/Login", new Dictionary<string, string> { ["Identifier"] = identifier, ["Password"] = password });

    /// <summary>Enrols an authenticator on the enrolment page with the key it shows; returns the recovery codes it shows once.</summary>
    public async Task<IReadOnlyList<string>> EnrolAuthenticatorAsync(string identifier, string path = "/Account/Manage/EnableAuthenticator")
    {
        ArgumentNullException.ThrowIfNull(identifier);
        var html = await Http.GetStringAsync(new Uri(path, UriKind.Relative));
        var key = AuthenticatorKeyOnPage().Match(html);
        if (!key.Success)
        {
            throw new InvalidOperationException("The enrolment page shows no authenticator key.");
        }

        TestAccounts.RememberKey(identifier, key.Groups[1].Value);
        using var enrolled = await SubmitAsync(path, new Dictionary<string, string> { ["Code"] = Totp.Code(key.Groups[1].Value) });
        var page = await enrolled.Content.ReadAsStringAsync();
        var codes = RecoveryCodeOnPage().Matches(page).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        if (codes.Count == 0)
        {
            throw new InvalidOperationException("Enrolling the authenticator showed no recovery codes.");
        }

        return codes;
    }

    [GeneratedRegex("id=\"authenticator-key\"[^>]*data-key=\"([A-Z2-7]+)\"")]
    private static partial Regex AuthenticatorKeyOnPage();

    [GeneratedRegex("<code class=\"recovery-code\">([^<]+)</code>")]
    private static partial Regex RecoveryCodeOnPage();

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

    /// <summary>
    /// Posts <paramref name="fields"/> (named as the form names them, its <c>_handler</c> included) to
    /// <paramref name="path"/> with the antiforgery token of a page already fetched (<paramref name="pageHtml"/>, as sent):
    /// a form one page shows that posts to another, as the registration's code step posts to the SMS log-in.
    /// </summary>
    public async Task<HttpResponseMessage> PostFromPageAsync(string pageHtml, string path, IDictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(pageHtml);
        var token = AntiforgeryToken().Match(pageHtml);
        if (!token.Success)
        {
            throw new InvalidOperationException("The page rendered no antiforgery token.");
        }

        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value) };
        using var content = new FormUrlEncodedContent(form);
        return await Http.PostAsync(new Uri(path, UriKind.Relative), content);
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
