using System.Net;
using CoopPortal.Domain.Administration;
using CoopPortal.Domain.Users;
using CoopPortal.Infrastructure.Identity;
using CoopPortal.Infrastructure.Persistence;
using CoopPortal.IntegrationTests.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopPortal.IntegrationTests.Accounts;

/// <summary>
/// Issue 15, two-factor log-in: staff (reviewer, head of office, admin) must enrol an authenticator and give its code at
/// every log-in; recovery codes work once; an admin's reset (audited) sends them back to enrolment; citizens may opt in.
/// Through the HTTP pipeline, with codes computed as an authenticator app does (<see cref="Totp"/>).
/// </summary>
[Collection(AccountsCollection.Name)]
public sealed class TwoFactorTests(PortalDatabaseFixture fixture)
{
    private static readonly Uri ZanjanOffice = new($"/office/{PortalDatabaseFixture.Zanjan}", UriKind.Relative);

    private static async Task<string> BodyAsync(HttpResponseMessage response) =>
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    /// <summary>An applicant an admin has just made a Zanjan reviewer: staff, no authenticator yet.</summary>
    private async Task<ApplicationUser> NewUnenrolledReviewerAsync()
    {
        var code = PortalDatabaseFixture.NewNationalCode();
        var user = await TestAccounts.CreateAsync(fixture.Factory.Services, code, "کارشناس تازه", Roles.Applicant, null, PortalDatabaseFixture.Password, "mfa");
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var fresh = (await users.FindByIdAsync(user.Id))!;
        fresh.ProvinceId = PortalDatabaseFixture.Zanjan;
        Assert.True((await users.UpdateAsync(fresh)).Succeeded);
        Assert.True((await users.AddToRoleAsync(fresh, Roles.Reviewer)).Succeeded);
        Assert.False(await users.GetTwoFactorEnabledAsync(fresh));
        return fresh;
    }

    private static async Task AssertStatusAsync(FormClient client, Uri page, HttpStatusCode expected, string? redirectStart = null)
    {
        using var response = await client.Http.GetAsync(page);
        Assert.Equal(expected, response.StatusCode);
        if (redirectStart is not null)
        {
            Assert.StartsWith(redirectStart, FormClient.LocalPath(response), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Staff_without_an_authenticator_must_enrol_first_then_every_login_needs_the_code()
    {
        var reviewer = await NewUnenrolledReviewerAsync();
        var first = fixture.NewClient();

        // The password alone leads only to the enrolment; the office is out of reach until then.
        using (var password = await first.PasswordStepAsync(reviewer.NationalCode, PortalDatabaseFixture.Password))
        {
            Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
            Assert.StartsWith("/Account/Manage/EnableAuthenticator", FormClient.LocalPath(password), StringComparison.Ordinal);
        }

        await AssertStatusAsync(first, ZanjanOffice, HttpStatusCode.Redirect, "/Account/Manage/EnableAuthenticator");
        using (var wrong = await first.SubmitAsync("/Account/Manage/EnableAuthenticator", new Dictionary<string, string> { ["Code"] = "۰۰۰۰۰۰" }))
        {
            Assert.Contains(TwoFactorAccounts.WrongCode, await BodyAsync(wrong), StringComparison.Ordinal);
        }

        var recoveryCodes = await first.EnrolAuthenticatorAsync(reviewer.NationalCode);
        Assert.Equal(TwoFactorAccounts.RecoveryCodeCount, recoveryCodes.Count);
        await AssertStatusAsync(first, ZanjanOffice, HttpStatusCode.OK);

        // The next log-in stops after the password until the authenticator's code is given.
        var second = fixture.NewClient();
        using (var password = await second.PasswordStepAsync(reviewer.NationalCode, PortalDatabaseFixture.Password))
        {
            Assert.StartsWith("/Account/LoginWith2fa", FormClient.LocalPath(password), StringComparison.Ordinal);
        }

        await AssertStatusAsync(second, ZanjanOffice, HttpStatusCode.Redirect, "/Account/Login");
        using (var wrong = await second.SubmitAsync("/Account/LoginWith2fa", new Dictionary<string, string> { ["TwoFactorCode"] = "123456" }))
        {
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
            Assert.Contains(AccountSignInService.WrongTwoFactorCode, await BodyAsync(wrong), StringComparison.Ordinal);
        }

        await AssertStatusAsync(second, ZanjanOffice, HttpStatusCode.Redirect, "/Account/Login");
        var code = Domain.Common.PersianDigits.ToPersian(Totp.Code(TestAccounts.KeyOf(reviewer.NationalCode)));
        using (var right = await second.SubmitAsync("/Account/LoginWith2fa", new Dictionary<string, string> { ["TwoFactorCode"] = code }))
        {
            Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
            Assert.EndsWith("/dashboard", FormClient.LocalPath(right), StringComparison.Ordinal);
        }

        await AssertStatusAsync(second, ZanjanOffice, HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_second_step_page_without_a_password_first_goes_back_to_the_login()
    {
        using var response = await fixture.NewClient().Http.GetAsync(new Uri("/Account/LoginWith2fa", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", FormClient.LocalPath(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_recovery_code_logs_in_once()
    {
        var reviewer = await NewUnenrolledReviewerAsync();
        var codes = await EnrolAsync(reviewer);

        var lostPhone = fixture.NewClient();
        using (var password = await lostPhone.PasswordStepAsync(reviewer.Email!, PortalDatabaseFixture.Password))
        {
            Assert.StartsWith("/Account/LoginWith2fa", FormClient.LocalPath(password), StringComparison.Ordinal);
        }

        using (var recovered = await lostPhone.SubmitAsync("/Account/LoginWithRecoveryCode", new Dictionary<string, string> { ["RecoveryCode"] = " " + codes[0].ToLowerInvariant() + " " }))
        {
            Assert.Equal(HttpStatusCode.Redirect, recovered.StatusCode);
        }

        await AssertStatusAsync(lostPhone, ZanjanOffice, HttpStatusCode.OK);

        var again = fixture.NewClient();
        using (var password = await again.PasswordStepAsync(reviewer.Email!, PortalDatabaseFixture.Password))
        {
            Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
        }

        using var reused = await again.SubmitAsync("/Account/LoginWithRecoveryCode", new Dictionary<string, string> { ["RecoveryCode"] = codes[0] });
        Assert.Equal(HttpStatusCode.OK, reused.StatusCode);
        Assert.Contains(AccountSignInService.WrongRecoveryCode, await BodyAsync(reused), StringComparison.Ordinal);
        await AssertStatusAsync(again, ZanjanOffice, HttpStatusCode.Redirect, "/Account/Login");
    }

    [Fact]
    public async Task An_admins_reset_ends_the_session_is_audited_and_sends_the_staff_member_back_to_enrolment()
    {
        var reviewer = await NewUnenrolledReviewerAsync();
        await EnrolAsync(reviewer);
        var session = await fixture.SignedInClientAsync(new Application.Common.Security.CurrentUserSnapshot(reviewer.Id, new HashSet<string> { Roles.Reviewer }, PortalDatabaseFixture.Zanjan) { NationalCode = reviewer.NationalCode });
        await AssertStatusAsync(session, ZanjanOffice, HttpStatusCode.OK);

        var admin = await fixture.NewUserAsync(Roles.Admin);
        var users = new UserAdministration(fixture.Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>(), fixture.Factory.Services.GetRequiredService<Infrastructure.Persistence.ReadReplica.ReadOnlyDbContextFactory>(), new FixedUser(admin), TimeProvider.System);
        var nonAdmin = new UserAdministration(fixture.Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>(), fixture.Factory.Services.GetRequiredService<Infrastructure.Persistence.ReadReplica.ReadOnlyDbContextFactory>(), new FixedUser(await fixture.NewUserAsync(Roles.HeadOfOffice, PortalDatabaseFixture.Zanjan)), TimeProvider.System);
        Assert.Equal(Application.Common.Results.ErrorKind.NotFound, (await nonAdmin.ResetAuthenticatorAsync(reviewer.Id, default)).Kind);
        Assert.True((await users.GetAsync(reviewer.Id, default)).Value!.TwoFactorEnabled);

        var reset = await users.ResetAuthenticatorAsync(reviewer.Id, default);
        Assert.True(reset.Succeeded, reset.Message);
        Assert.Equal(Application.Common.Results.ErrorKind.Conflict, (await users.ResetAuthenticatorAsync(reviewer.Id, default)).Kind);

        await AssertStatusAsync(session, ZanjanOffice, HttpStatusCode.Redirect, "/Account/Login");
        var details = (await users.GetAsync(reviewer.Id, default)).Value!;
        Assert.False(details.TwoFactorEnabled);
        var line = Assert.Single(details.History);
        Assert.Contains("احراز هویت", line.Description, StringComparison.Ordinal);
        Assert.Equal("فعال", line.OldValue);
        await using (var db = await fixture.Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            Assert.Equal(admin.UserId, (await db.AuditEntries.SingleAsync(a => a.Area == AuditArea.Users && a.Subject == reviewer.Id)).ActorUserId);
            Assert.False(await db.UserTokens.AnyAsync(t => t.UserId == reviewer.Id));
        }

        using var password = await fixture.NewClient().PasswordStepAsync(reviewer.NationalCode, PortalDatabaseFixture.Password);
        Assert.StartsWith("/Account/Manage/EnableAuthenticator", FormClient.LocalPath(password), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_citizen_logs_in_with_the_password_alone_and_may_opt_in()
    {
        var citizen = await fixture.NewUserAsync();
        var client = fixture.NewClient();
        using (var password = await client.PasswordStepAsync(citizen.NationalCode!, PortalDatabaseFixture.Password))
        {
            Assert.EndsWith("/dashboard", FormClient.LocalPath(password), StringComparison.Ordinal);
        }

        using (var page = await client.Http.GetAsync(new Uri("/Account/Manage/TwoFactor", UriKind.Relative)))
        {
            Assert.Contains("ورود دومرحله‌ای برای حساب شما فعال نیست", await BodyAsync(page), StringComparison.Ordinal);
        }

        var codes = await client.EnrolAuthenticatorAsync(citizen.NationalCode!);
        Assert.Equal(TwoFactorAccounts.RecoveryCodeCount, codes.Count);

        var next = fixture.NewClient();
        using (var password = await next.PasswordStepAsync(citizen.NationalCode!, PortalDatabaseFixture.Password))
        {
            Assert.StartsWith("/Account/LoginWith2fa", FormClient.LocalPath(password), StringComparison.Ordinal);
        }

        using var full = await fixture.NewClient().LoginAsync(citizen.NationalCode!, PortalDatabaseFixture.Password);
        Assert.Equal(HttpStatusCode.Redirect, full.StatusCode);
        Assert.EndsWith("/dashboard", FormClient.LocalPath(full), StringComparison.Ordinal);
    }

    private async Task<IReadOnlyList<string>> EnrolAsync(ApplicationUser staff)
    {
        var client = fixture.NewClient();
        using (var password = await client.PasswordStepAsync(staff.NationalCode, PortalDatabaseFixture.Password))
        {
            Assert.StartsWith("/Account/Manage/EnableAuthenticator", FormClient.LocalPath(password), StringComparison.Ordinal);
        }

        return await client.EnrolAuthenticatorAsync(staff.NationalCode);
    }

    private sealed class FixedUser(Application.Common.Security.ICurrentUser user) : Application.Common.Security.ICurrentUserService
    {
        public Task<Application.Common.Security.ICurrentUser> GetAsync(CancellationToken cancellationToken) => Task.FromResult(user);
    }
}
