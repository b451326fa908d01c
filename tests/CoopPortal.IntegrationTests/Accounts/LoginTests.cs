using System.Net;
using CoopPortal.Infrastructure.Identity;

using CoopPortal.IntegrationTests.Common;

namespace CoopPortal.IntegrationTests.Accounts;

[Collection(AccountsCollection.Name)]
public sealed class LoginTests(PortalDatabaseFixture fixture)
{
    private const string Password = "daryache-ye-namak-1405";

    private async Task<string> RegisterAsync()
    {
        var code = PortalDatabaseFixture.NewNationalCode();
        using var response = await fixture.NewClient().SubmitAsync("/Account/Register", new Dictionary<string, string>
        {
            ["FullName"] = "زهرا محمدی",
            ["NationalCode"] = code,
            ["Mobile"] = "09121112233",
            ["Email"] = $"login.{code}@example.ir",
            ["Password"] = Password,
            ["ConfirmPassword"] = Password,
        });
        Assert.True(await FormClient.ShowsCodeStepAsync(response));
        return code;
    }

    private static async Task<string> BodyAsync(HttpResponseMessage response) =>
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    [Fact]
    public async Task Logging_in_with_the_national_code_in_Persian_digits_opens_the_dashboard()
    {
        var code = await RegisterAsync();
        var client = fixture.NewClient();

        using var login = await client.LoginAsync(Domain.Common.PersianDigits.ToPersian(code), Password);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.EndsWith("/dashboard", login.Headers.Location!.OriginalString, StringComparison.Ordinal);

        using var dashboard = await client.Http.GetAsync(new Uri("/dashboard", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Contains("زهرا محمدی، خوش آمدید", await BodyAsync(dashboard), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logging_in_with_the_email_in_another_case_works()
    {
        var code = await RegisterAsync();
        using var login = await fixture.NewClient().LoginAsync($"Login.{code}@EXAMPLE.IR", Password);

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
    }

    [Fact]
    public async Task The_auth_cookie_is_HttpOnly_SameSite_a_session_cookie_and_Secure_under_https()
    {
        var code = await RegisterAsync();

        using var http = await fixture.NewClient().LoginAsync(code, Password);
        var plain = http.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("CoopPortal.Auth=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("httponly", plain, StringComparison.Ordinal);
        Assert.Contains("samesite=lax", plain, StringComparison.Ordinal);
        Assert.DoesNotContain("expires=", plain, StringComparison.Ordinal);
        Assert.DoesNotContain("secure", plain, StringComparison.Ordinal);

        using var https = await fixture.NewClient(https: true).LoginAsync(code, Password);
        var secure = https.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("CoopPortal.Auth=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("secure", secure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_password_gives_one_generic_Persian_message_and_counts_as_a_failure()
    {
        var code = await RegisterAsync();

        using var response = await fixture.NewClient().LoginAsync(code, "not-my-password-at-all");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(AccountSignInService.FailedMessage, await BodyAsync(response), StringComparison.Ordinal);
        Assert.Equal(1, (await fixture.FindUserAsync(code))!.AccessFailedCount);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_so_even_the_right_password_is_refused()
    {
        var code = await RegisterAsync();
        var client = fixture.NewClient();

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            using var failed = await client.LoginAsync(code, $"wrong-password-number-{attempt}");
            Assert.Contains(AccountSignInService.FailedMessage, await BodyAsync(failed), StringComparison.Ordinal);
        }

        using var fifth = await client.LoginAsync(code, "wrong-password-number-5");
        Assert.Contains(AccountSignInService.LockedOutMessage, await BodyAsync(fifth), StringComparison.Ordinal);

        using var right = await client.LoginAsync(code, Password);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains(AccountSignInService.LockedOutMessage, await BodyAsync(right), StringComparison.Ordinal);

        var user = await fixture.FindUserAsync(code);
        Assert.True(user!.LockoutEnd > DateTimeOffset.UtcNow.AddMinutes(10));
    }

    [Fact]
    public async Task An_unknown_national_code_gets_the_same_messages_as_a_real_one_including_the_lockout()
    {
        var unknown = PortalDatabaseFixture.NewNationalCode();
        var client = fixture.NewClient();

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            using var failed = await client.LoginAsync(unknown, "whatever-password-here");
            Assert.Contains(AccountSignInService.FailedMessage, await BodyAsync(failed), StringComparison.Ordinal);
        }

        using var fifth = await client.LoginAsync(unknown, "whatever-password-here");
        Assert.Contains(AccountSignInService.LockedOutMessage, await BodyAsync(fifth), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logging_out_ends_the_session()
    {
        var code = await RegisterAsync();
        var client = fixture.NewClient();
        using var login = await client.LoginAsync(code, Password);

        using var before = await client.Http.GetAsync(new Uri("/dashboard", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        var token = await LogoutTokenAsync(client);
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["ReturnUrl"] = "" });
        using var loggedOut = await client.Http.PostAsync(new Uri("/Account/Logout", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.Redirect, loggedOut.StatusCode);

        using var after = await client.Http.GetAsync(new Uri("/dashboard", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/Account/Login", after.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    private static async Task<string> LogoutTokenAsync(FormClient client)
    {
        // Any form of the signed-in user carries a token bound to them; the logout form in the menu uses the same.
        var html = await client.Http.GetStringAsync(new Uri("/Account/Manage/ChangePassword", UriKind.Relative));
        var match = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"");
        Assert.True(match.Success, "The change-password page renders a form with an antiforgery token.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }
}
