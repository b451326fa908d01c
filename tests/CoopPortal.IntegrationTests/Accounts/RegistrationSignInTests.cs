using System.Net;
using System.Text.RegularExpressions;
using CoopPortal.Application.Accounts.LoginSms;
using CoopPortal.Domain.Users;
using CoopPortal.Infrastructure.Persistence;
using CoopPortal.Infrastructure.Proofing;
using CoopPortal.IntegrationTests.Common;
using CoopPortal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopPortal.IntegrationTests.Accounts;

/// <summary>
/// Issue 18 point 8, ADR 21: after the registration form the citizen is on the SMS log-in's code step; the code sent to
/// the new account's mobile confirms it and signs them in, and they go where they were going. A registration of a
/// national code that already has an account shows the same page, sends that mobile nothing and signs nobody in.
/// </summary>
[Collection(AccountsCollection.Name)]
public sealed partial class RegistrationSignInTests(PortalDatabaseFixture fixture)
{
    private const string Password = "sabz-kooh-baran-1405";

    private SmsOutbox Outbox => fixture.Factory.Services.GetRequiredService<SmsOutbox>();

    private static Dictionary<string, string> Form(string nationalCode, string mobile) => new()
    {
        ["FullName"] = "نرگس رحیمی",
        ["NationalCode"] = nationalCode,
        ["Mobile"] = mobile,
        ["Email"] = $"n.{Guid.NewGuid():N}@example.ir",
        ["Password"] = Password,
        ["ConfirmPassword"] = Password,
    };

    /// <summary>Registers through the form; returns the client and the page the form answered with.</summary>
    private async Task<(FormClient Client, string Html)> RegisterAsync(string nationalCode, string mobile, string path = "/Account/Register")
    {
        var client = fixture.NewClient();
        using var response = await client.SubmitAsync(path, Form(nationalCode, mobile));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        await fixture.RegistrationFollowUpsDoneAsync();
        return (client, html);
    }

    /// <summary>Types the code on the code step the registration page showed (its form posts to the SMS log-in).</summary>
    private static Task<HttpResponseMessage> EnterCodeAsync(FormClient client, string html, string nationalCode, string code)
    {
        var action = WebUtility.HtmlDecode(FormAction().Match(html).Groups[1].Value);
        Assert.StartsWith("Account/LoginSms", action, StringComparison.Ordinal);
        return client.PostFromPageAsync(html, "/" + action, new Dictionary<string, string>
        {
            ["_handler"] = "verify-code",
            ["Verify.NationalCode"] = nationalCode,
            ["Verify.Code"] = code,
        });
    }

    [Fact]
    public async Task A_new_citizen_types_the_code_sent_to_their_mobile_and_is_signed_in_with_the_mobile_confirmed()
    {
        var code = PortalDatabaseFixture.NewNationalCode();
        var mobile = PortalDatabaseFixture.NewMobile();

        var (client, html) = await RegisterAsync(code, mobile);

        Assert.Contains("id=\"Code\"", html, StringComparison.Ordinal);
        Assert.Contains($">{Domain.Common.PersianDigits.ToPersian(mobile)}</bdi>", html, StringComparison.Ordinal); // a person's number (docs/glossary.md)
        var sms = Assert.Single(Outbox.To(mobile));
        Assert.Contains("کد ورود", sms.Text, StringComparison.Ordinal);
        Assert.False((await fixture.FindUserAsync(code))!.PhoneNumberConfirmed);

        using var wrong = await EnterCodeAsync(client, html, code, Outbox.LatestCode(mobile) == "000000" ? "111111" : "000000");
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains(SmsLoginHandler.Failed, WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Null(FormClient.AuthCookie(wrong));

        using var right = await EnterCodeAsync(client, html, code, CoopPortal.Domain.Common.PersianDigits.ToPersian(Outbox.LatestCode(mobile)));
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal("/dashboard", FormClient.LocalPath(right));
        Assert.NotNull(FormClient.AuthCookie(right));
        Assert.True((await fixture.FindUserAsync(code))!.PhoneNumberConfirmed);
        using var dashboard = await client.Http.GetAsync(new Uri("/dashboard", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Contains("نرگس رحیمی", WebUtility.HtmlDecode(await dashboard.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signed_in_after_registering_the_citizen_goes_where_they_were_going()
    {
        var code = PortalDatabaseFixture.NewNationalCode();
        var mobile = PortalDatabaseFixture.NewMobile();

        var (client, html) = await RegisterAsync(code, mobile, "/Account/Register?ReturnUrl=%2Fapplications");
        using var right = await EnterCodeAsync(client, html, code, Outbox.LatestCode(mobile)!);

        Assert.Equal("/applications", FormClient.LocalPath(right));
        Assert.NotNull(FormClient.AuthCookie(right));
    }

    [Fact]
    public async Task A_taken_national_code_gets_the_same_page_its_mobile_gets_no_code_and_nobody_is_signed_in()
    {
        var code = PortalDatabaseFixture.NewNationalCode();
        var ownerMobile = PortalDatabaseFixture.NewMobile();
        fixture.Factory.Services.GetRequiredService<FakeIdentityCheck>().RegisterLine(code, ownerMobile); // the stranger's line is not the code's
        await RegisterAsync(code, ownerMobile);
        var freshCode = PortalDatabaseFixture.NewNationalCode();
        var strangerMobile = PortalDatabaseFixture.NewMobile();
        var (_, fresh) = await RegisterAsync(freshCode, strangerMobile);

        var (stranger, taken) = await RegisterAsync(code, strangerMobile);

        // The page is the same as a new registration's with the same typed values.
        Assert.Equal(Comparable(fresh, freshCode), Comparable(taken, code));
        Assert.Single(Outbox.To(strangerMobile)); // the fresh registration's code, nothing for the taken one
        Assert.Single(Outbox.To(ownerMobile));
        await using (var db = await fixture.Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            var owner = await db.Users.SingleAsync(u => u.NationalCode == code);
            Assert.Equal(1, await db.OneTimeCodes.CountAsync(c => c.UserId == owner.Id && c.Purpose == OneTimeCodePurpose.SignIn));
        }

        // Nothing the stranger's phone got signs in (the fresh account's code is that account's), nor a guess.
        foreach (var guess in new[] { Outbox.LatestCode(strangerMobile)!, Outbox.LatestCode(strangerMobile) == "123456" ? "654321" : "123456" })
        {
            using var answer = await EnterCodeAsync(stranger, taken, code, guess);
            Assert.Null(FormClient.AuthCookie(answer));
            Assert.NotEqual(HttpStatusCode.Redirect, answer.StatusCode);
        }
    }

    [Fact]
    public async Task Registrations_naming_the_same_mobile_text_it_once_a_minute_at_most()
    {
        var mobile = PortalDatabaseFixture.NewMobile();

        await RegisterAsync(PortalDatabaseFixture.NewNationalCode(), mobile);
        await RegisterAsync(PortalDatabaseFixture.NewNationalCode(), mobile);
        await RegisterAsync(PortalDatabaseFixture.NewNationalCode(), mobile);

        Assert.Single(Outbox.To(mobile));
    }

    /// <summary>
    /// The page with what differs on every response taken out (antiforgery tokens, the script nonce, the persisted state
    /// that carries a token), and the typed national code.
    /// </summary>
    private static string Comparable(string html, string nationalCode) =>
        Token().Replace(WebUtility.HtmlDecode(html), "value=\"token\"").Replace(nationalCode, "CODE", StringComparison.Ordinal)
            .Replace(CoopPortal.Domain.Common.PersianDigits.ToPersian(nationalCode), "CODE", StringComparison.Ordinal);

    [GeneratedRegex("<form[^>]*action=\"(Account/LoginSms[^\"]*)\"")]
    private static partial Regex FormAction();

    [GeneratedRegex("value=\"CfDJ8[^\"]+\"|nonce=\"[^\"]+\"|Component-State:[^-]+")]
    private static partial Regex Token();
}
