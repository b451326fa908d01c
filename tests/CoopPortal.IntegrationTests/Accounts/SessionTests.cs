using System.Net;
using CoopPortal.IntegrationTests.Common;

namespace CoopPortal.IntegrationTests.Accounts;

/// <summary>
/// Issue 15, sessions: a log-out or a password change ends every session of the account at once, a copy of the cookie
/// taken before opens nothing, and no session outlives Security:AbsoluteSessionLifetime (8 hours) however busy it is.
/// Through the whole HTTP pipeline with the real cookie.
/// </summary>
[Collection(AccountsCollection.Name)]
public sealed class SessionTests(PortalDatabaseFixture fixture)
{
    private const string Password = "baghe-eram-dar-shiraz-1405";
    private static readonly Uri Applications = new("/applications", UriKind.Relative);

    private async Task<string> RegisterAsync()
    {
        var code = PortalDatabaseFixture.NewNationalCode();
        using var response = await fixture.NewClient().SubmitAsync("/Account/Register", new Dictionary<string, string>
        {
            ["FullName"] = "نرگس عباسی",
            ["NationalCode"] = code,
            ["Mobile"] = "09127778899",
            ["Email"] = $"session.{code}@example.ir",
            ["Password"] = Password,
            ["ConfirmPassword"] = Password,
        });
        Assert.True(await FormClient.ShowsCodeStepAsync(response));
        return code;
    }

    private async Task<(FormClient Client, string Cookie)> LogInAsync(string code, string password = Password)
    {
        var client = fixture.NewClient();
        using var login = await client.LoginAsync(code, password);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var cookie = FormClient.AuthCookie(login);
        Assert.NotNull(cookie);
        return (client, cookie);
    }

    /// <summary>GET /applications with nothing but the given sign-in cookie, as someone who copied it would.</summary>
    private async Task<HttpResponseMessage> ReplayAsync(string cookie)
    {
        var client = fixture.Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            HandleCookies = false,
        });
        using var request = new HttpRequestMessage(HttpMethod.Get, Applications);
        request.Headers.Add("Cookie", $"{FormClient.AuthCookieName}={cookie}");
        return await client.SendAsync(request);
    }

    private static void AssertLoginPage(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cookie_captured_before_logout_gets_the_login_page_and_the_accounts_other_sessions_end_too()
    {
        var code = await RegisterAsync();
        var (browser, captured) = await LogInAsync(code);
        var (otherDevice, _) = await LogInAsync(code);
        using (var before = await ReplayAsync(captured))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        using (var logout = await browser.LogoutAsync())
        {
            Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        }

        using (var replayed = await ReplayAsync(captured))
        {
            AssertLoginPage(replayed);
        }

        using (var other = await otherDevice.Http.GetAsync(Applications))
        {
            AssertLoginPage(other);
        }

        var (again, _) = await LogInAsync(code);
        using var fresh = await again.Http.GetAsync(Applications);
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
    }

    [Fact]
    public async Task A_password_change_ends_the_accounts_other_sessions_and_keeps_the_one_that_changed_it()
    {
        var code = await RegisterAsync();
        var (browser, _) = await LogInAsync(code);
        var (otherDevice, captured) = await LogInAsync(code);

        using (var changed = await browser.SubmitAsync("/Account/Manage/ChangePassword", new Dictionary<string, string>
        {
            ["OldPassword"] = Password,
            ["NewPassword"] = "yek-ramz-e-taze-baraye-shiraz",
            ["ConfirmPassword"] = "yek-ramz-e-taze-baraye-shiraz",
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        }

        using (var other = await otherDevice.Http.GetAsync(Applications))
        {
            AssertLoginPage(other);
        }

        using (var replayed = await ReplayAsync(captured))
        {
            AssertLoginPage(replayed);
        }

        using var own = await browser.Http.GetAsync(Applications);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }

    [Fact]
    public async Task A_session_kept_busy_ends_eight_hours_after_login_although_its_idle_timeout_keeps_sliding()
    {
        var code = await RegisterAsync();
        var (browser, _) = await LogInAsync(code);
        var clock = fixture.Factory.Clock;
        try
        {
            // A request every 20 minutes: the 30-minute idle timeout never runs out, the cookie is renewed each time.
            for (var minutes = 20; minutes < 8 * 60; minutes += 20)
            {
                clock.Offset = TimeSpan.FromMinutes(minutes);
                using var busy = await browser.Http.GetAsync(Applications);
                Assert.True(busy.StatusCode == HttpStatusCode.OK, $"The session ended after only {minutes} minutes ({busy.StatusCode}).");
            }

            clock.Offset = TimeSpan.FromHours(8);
            using var ended = await browser.Http.GetAsync(Applications);
            AssertLoginPage(ended);

            // The refused cookie is deleted, and logging in again starts a new eight hours.
            Assert.Contains(ended.Headers.GetValues("Set-Cookie"), c => c.StartsWith(FormClient.AuthCookieName + "=;", StringComparison.Ordinal));
            var (again, _) = await LogInAsync(code);
            using var fresh = await again.Http.GetAsync(Applications);
            Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        }
        finally
        {
            clock.Offset = TimeSpan.Zero;
        }
    }

    [Fact]
    public async Task Without_requests_the_idle_timeout_still_ends_the_session_after_30_minutes()
    {
        var code = await RegisterAsync();
        var (browser, _) = await LogInAsync(code);
        var clock = fixture.Factory.Clock;
        try
        {
            clock.Offset = TimeSpan.FromMinutes(31);
            using var idle = await browser.Http.GetAsync(Applications);
            AssertLoginPage(idle);
        }
        finally
        {
            clock.Offset = TimeSpan.Zero;
        }
    }

    private static readonly Uri KeepAlive = new("/Account/KeepAlive", UriKind.Relative);

    [Fact]
    public async Task The_idle_warnings_continue_keeps_an_idle_session_for_another_30_minutes_with_a_new_cookie_at_once()
    {
        var code = await RegisterAsync();
        var (browser, _) = await LogInAsync(code);
        var clock = fixture.Factory.Clock;
        try
        {
            // Twenty seconds after log-in neither sliding expiration nor Identity's one-minute check would renew the
            // cookie; «continue» does, so the page's countdown and the cookie start together.
            clock.Offset = TimeSpan.FromSeconds(20);
            using (var early = await browser.Http.PostAsync(KeepAlive, content: null))
            {
                Assert.Equal(HttpStatusCode.NoContent, early.StatusCode);
                Assert.NotNull(FormClient.AuthCookie(early));
                Assert.Contains("no-store", early.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
            }

            clock.Offset = TimeSpan.FromMinutes(28);
            using (var warned = await browser.Http.PostAsync(KeepAlive, content: null))
            {
                Assert.Equal(HttpStatusCode.NoContent, warned.StatusCode);
            }

            // 55 minutes after log-in, 27 after «continue»: still signed in.
            clock.Offset = TimeSpan.FromMinutes(55);
            using var later = await browser.Http.GetAsync(Applications);
            Assert.Equal(HttpStatusCode.OK, later.StatusCode);
        }
        finally
        {
            clock.Offset = TimeSpan.Zero;
        }
    }

    [Fact]
    public async Task Continue_after_the_session_ended_or_without_one_is_refused_and_keeps_nothing_alive()
    {
        var code = await RegisterAsync();
        var (browser, _) = await LogInAsync(code);
        var clock = fixture.Factory.Clock;
        try
        {
            clock.Offset = TimeSpan.FromMinutes(31);
            // An API endpoint: refused with 401 rather than sent to the log-in page (the page's script then goes there).
            using var ended = await browser.Http.PostAsync(KeepAlive, content: null);
            Assert.Equal(HttpStatusCode.Unauthorized, ended.StatusCode);
            Assert.Null(FormClient.AuthCookie(ended) is { Length: > 0 } renewed ? renewed : null);
        }
        finally
        {
            clock.Offset = TimeSpan.Zero;
        }

        using var anonymous = await fixture.NewClient().Http.PostAsync(KeepAlive, content: null);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }
}
