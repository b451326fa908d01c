using System.Net;
using System.Text.RegularExpressions;
using CoopPortal.IntegrationTests.Common;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CoopPortal.IntegrationTests.Hosting;

/// <summary>
/// Issue 16, point 8: the landing page is served to signed-out visitors from memory, without anyone's antiforgery token
/// or cookie, with the policy whose nonce its import map carries; a signed-in person always gets it rendered for them.
/// </summary>
[Collection(AccountsCollection.Name)]
public sealed partial class VisitorPageCacheTests(PortalDatabaseFixture fixture)
{
    private const string Password = "baghe-eram-dar-shiraz-1405";

    private HttpClient Bare() => fixture.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    [Fact]
    public async Task A_second_visitor_gets_the_stored_page_with_no_cookie_no_token_and_a_matching_nonce()
    {
        using var client = Bare();
        using var first = await client.GetAsync(new Uri("/", UriKind.Relative));
        using var second = await client.GetAsync(new Uri("/", UriKind.Relative));
        var html = await second.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.True(second.Headers.Age is not null, "the second answer comes from the cache and says how old it is");
        Assert.False(second.Headers.Contains("Set-Cookie"));
        Assert.DoesNotContain("Component-State", html, StringComparison.Ordinal);
        Assert.Contains("سامانه خدمات الکترونیکی تعاون", html, StringComparison.Ordinal);
        var policy = second.Headers.GetValues("Content-Security-Policy").Single(p => p.Contains("script-src", StringComparison.Ordinal));
        var nonce = NonceInPolicy().Match(policy).Groups[1].Value;
        Assert.Equal(nonce, WebUtility.HtmlDecode(ImportMapNonce().Match(html).Groups[1].Value));
    }

    [Fact]
    public async Task A_signed_in_person_gets_the_page_rendered_for_them()
    {
        var code = PortalDatabaseFixture.NewNationalCode();
        var client = fixture.NewClient();
        using (var registered = await client.SubmitAsync("/Account/Register", new Dictionary<string, string>
        {
            ["FullName"] = "سارا توکلی",
            ["NationalCode"] = code,
            ["Mobile"] = "09127778899",
            ["Email"] = $"cache.{code}@example.ir",
            ["Password"] = Password,
            ["ConfirmPassword"] = Password,
        }))
        {
            Assert.True(await FormClient.ShowsCodeStepAsync(registered));
        }

        using var login = await client.LoginAsync(code, Password);
        var cookie = FormClient.AuthCookie(login)!;
        using var visitor = Bare();
        (await visitor.GetAsync(new Uri("/", UriKind.Relative))).Dispose();
        (await visitor.GetAsync(new Uri("/", UriKind.Relative))).Dispose();

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/", UriKind.Relative));
        request.Headers.Add("Cookie", $"{FormClient.AuthCookieName}={cookie}");
        using var mine = await Bare().SendAsync(request);
        var html = await mine.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        Assert.Null(mine.Headers.Age);
        Assert.Contains("سارا توکلی", html, StringComparison.Ordinal);
        Assert.Contains("رفتن به پیشخوان", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("'nonce-([^']+)'")]
    private static partial Regex NonceInPolicy();

    [GeneratedRegex("type=\"importmap\" nonce=\"([^\"]+)\"")]
    private static partial Regex ImportMapNonce();
}
