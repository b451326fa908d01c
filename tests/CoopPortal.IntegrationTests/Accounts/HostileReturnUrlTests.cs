using System.Net;
using CoopPortal.Domain.Users;

namespace CoopPortal.IntegrationTests.Accounts;

/// <summary>Issue 15 point 9: a return address to another site, or a malformed one, ends on the portal, never on an error.</summary>
public sealed class HostileReturnUrlTests
{
    private const string Password = "kelid-e-sabz-e-zanjan-1405";

    private static async Task<(PortalFactory Factory, string Code)> PortalWithAccountAsync(string environment)
    {
        var factory = new PortalFactory(environment: environment);
        var code = TestNationalCodes.Next();
        await TestAccounts.CreateAsync(factory.Services, code, "کاربر آزمون", Roles.Applicant, null, Password, "r");
        return (factory, code);
    }

    private static FormClient NewClient(PortalFactory factory) => new(factory.CreateClient(
        new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));

    [Theory]
    [InlineData("https://evil.example")]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("javascript:alert(1)")]
    public async Task Logging_in_with_a_hostile_return_address_goes_to_the_dashboard(string returnUrl)
    {
        var (factory, code) = await PortalWithAccountAsync("Production");
        using (factory)
        {
            var client = NewClient(factory);
            using var login = await client.SubmitAsync(
                "/Account/Login?ReturnUrl=" + Uri.EscapeDataString(returnUrl),
                new Dictionary<string, string> { ["Identifier"] = code, ["Password"] = Password });

            Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
            var location = login.Headers.Location!;
            Assert.EndsWith("/dashboard", location.OriginalString, StringComparison.Ordinal);
            Assert.DoesNotContain("evil", location.OriginalString, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_local_return_address_is_still_followed()
    {
        var (factory, code) = await PortalWithAccountAsync("Development");
        using (factory)
        {
            using var login = await NewClient(factory).SubmitAsync(
                "/Account/Login?ReturnUrl=" + Uri.EscapeDataString("/cooperatives"),
                new Dictionary<string, string> { ["Identifier"] = code, ["Password"] = Password });

            Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
            Assert.EndsWith("/cooperatives", login.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/\\evil.example")]
    [InlineData("//evil.example")]
    [InlineData("https://evil.example")]
    public async Task Logging_out_with_a_hostile_return_address_goes_home(string returnUrl)
    {
        var (factory, code) = await PortalWithAccountAsync("Production");
        using (factory)
        {
            var client = NewClient(factory);
            using var login = await client.LoginAsync(code, Password);
            Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);

            using var content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = await TokenAsync(client),
                ["ReturnUrl"] = returnUrl,
            });
            using var logout = await client.Http.PostAsync(new Uri("/Account/Logout", UriKind.Relative), content);

            Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
            Assert.Equal("/", logout.Headers.Location!.OriginalString);
            using var after = await client.Http.GetAsync(new Uri("/dashboard", UriKind.Relative));
            Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        }
    }

    [Fact]
    public async Task A_logout_post_without_an_antiforgery_token_in_Production_signs_nobody_out_and_does_not_fail()
    {
        var (factory, code) = await PortalWithAccountAsync("Production");
        using (factory)
        {
            var client = NewClient(factory);
            using var login = await client.LoginAsync(code, Password);

            using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["ReturnUrl"] = "/" });
            using var logout = await client.Http.PostAsync(new Uri("/Account/Logout", UriKind.Relative), content);
            using var empty = await client.Http.PostAsync(new Uri("/Account/Logout", UriKind.Relative), null);

            Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
            Assert.Equal("/", logout.Headers.Location!.OriginalString);
            Assert.Equal(HttpStatusCode.Redirect, empty.StatusCode);
            using var dashboard = await client.Http.GetAsync(new Uri("/dashboard", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        }
    }

    private static async Task<string> TokenAsync(FormClient client)
    {
        var html = await client.Http.GetStringAsync(new Uri("/Account/Manage/ChangePassword", UriKind.Relative));
        var match = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"");
        Assert.True(match.Success, "The change-password page renders a form with an antiforgery token.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }
}
