using CoopPortal.Testing;
using CoopPortal.Application.Accounts;
using CoopPortal.Application.Accounts.ChangePassword;
using CoopPortal.Application.Accounts.ManagerLinks;
using CoopPortal.Application.Accounts.Register;
using CoopPortal.Application.Common.Proofing;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Users;
using CoopPortal.Infrastructure.Persistence;
using CoopPortal.Infrastructure.Proofing;
using CoopPortal.IntegrationTests.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopPortal.IntegrationTests.Accounts;

/// <summary>
/// Issue 15, point 8 on a real database: a national code grants a cooperative's management only once proven (the mobile
/// verified by an SMS code and matched to the code by the identity check, or the office's confirmation); a stranger
/// who registers a manager's code gets nothing, the office hears of it, and the code's real holder gets the account.
/// The SMS gateway and identity check are the Development fakes; codes are read from the fake's outbox.
/// </summary>
[Collection(AccountsCollection.Name)]
public sealed class IdentityProofingTests(PortalDatabaseFixture fixture)
{
    private SmsOutbox Outbox => fixture.Factory.Services.GetRequiredService<SmsOutbox>();

    private FakeIdentityCheck IdentityCheck => fixture.Factory.Services.GetRequiredService<FakeIdentityCheck>();

    /// <summary>An imported Zanjan cooperative whose CEO has the national code.</summary>
    private async Task<Guid> CooperativeManagedByAsync(string nationalCode, int province = PortalDatabaseFixture.Zanjan)
    {
        var cooperative = Cooperative.Import(new ImportedCooperative(
            "تعاونی احراز " + Guid.NewGuid().ToString("N")[..8], TestNumbers.RegistrationNumber(),
            JalaliDate.FromParts(1400, 1, 15)!.Value, null, province, null, null, 20, 500_000_000, nationalCode, "مدیرعامل آزمون", null), DateTime.UtcNow);
        await using var db = await fixture.Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        db.Cooperatives.Add(cooperative);
        await db.SaveChangesAsync();
        return cooperative.Id;
    }

    private static async Task AssertNotManagerAsync(PortalDatabaseFixture.Handlers person, ICurrentUser user, Guid cooperativeId)
    {
        Assert.Null(user.NationalCode);
        Assert.False(user.IsInRole(Roles.CooperativeManager));
        Assert.Empty(await person.Cooperatives.MineAsync(default));
        Assert.Equal(ErrorKind.NotFound, (await person.Cooperatives.GetAsync(cooperativeId, default)).Kind);
        Assert.False((await person.StartDeclaration.HandleAsync(cooperativeId, 1404, default)).Succeeded);
    }

    private async Task<MobileVerified> VerifyMobileAsync(CurrentUserSnapshot user, string mobile)
    {
        var person = fixture.As(user);
        Assert.True((await person.VerifyMobile.SendCodeAsync(default)).Succeeded);
        var code = Outbox.LatestCode(mobile);
        Assert.NotNull(code);
        var confirmed = await person.VerifyMobile.ConfirmAsync(PersianDigits.ToPersian(code), default);
        Assert.True(confirmed.Succeeded, confirmed.Message);
        return new MobileVerified(confirmed.Value!.Proven, confirmed.Value.LastCheck, await fixture.ReadUserAsync(user.UserId!));
    }

    private sealed record MobileVerified(bool Proven, IdentityCheckOutcome? LastCheck, CurrentUserSnapshot User);

    [Fact]
    public async Task An_unproven_account_with_the_CEOs_national_code_sees_no_cooperative_and_cannot_start_its_declaration()
    {
        var (user, _) = await fixture.NewUnprovenUserAsync();
        var cooperativeId = await CooperativeManagedByAsync(user.ClaimedNationalCode!);

        Assert.False(user.IsIdentityProven);
        await AssertNotManagerAsync(fixture.As(user), user, cooperativeId);
    }

    [Fact]
    public async Task A_mobile_verified_by_SMS_and_matched_by_the_identity_check_makes_the_account_the_manager_and_tells_the_office()
    {
        var reviewer = await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Zanjan);
        var (user, mobile) = await fixture.NewUnprovenUserAsync();
        var cooperativeId = await CooperativeManagedByAsync(user.ClaimedNationalCode!);
        IdentityCheck.RegisterLine(user.ClaimedNationalCode!, mobile);

        var verified = await VerifyMobileAsync(user, mobile);

        Assert.True(verified.Proven);
        Assert.Equal(user.ClaimedNationalCode, verified.User.NationalCode);
        Assert.True(verified.User.IsInRole(Roles.CooperativeManager));
        var manager = fixture.As(verified.User);
        Assert.Contains(await manager.Cooperatives.MineAsync(default), c => c.Id == cooperativeId);
        var started = await manager.StartDeclaration.HandleAsync(cooperativeId, 1404, default);
        Assert.True(started.Succeeded, started.Message);

        await using var db = await fixture.Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        Assert.Contains(await db.Notifications.Where(n => n.UserId == reviewer.UserId).Select(n => n.Title).ToListAsync(), t => t == "دسترسی مدیر تعاونی فعال شد");
        var account = await db.Users.SingleAsync(u => u.Id == user.UserId);
        Assert.True(account.PhoneNumberConfirmed);
        Assert.Equal(IdentityProof.MobileAndIdentityCheck, account.IdentityProof);
        Assert.DoesNotContain(await db.OneTimeCodes.Where(c => c.UserId == user.UserId).Select(c => c.CodeHash).ToListAsync(), h => h.Contains(Outbox.LatestCode(mobile)!, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_stranger_whose_own_mobile_is_verified_but_not_registered_to_the_code_stays_unproven()
    {
        var (stranger, strangerMobile) = await fixture.NewUnprovenUserAsync();
        var cooperativeId = await CooperativeManagedByAsync(stranger.ClaimedNationalCode!);
        IdentityCheck.RegisterLine(stranger.ClaimedNationalCode!, PortalDatabaseFixture.NewMobile()); // the real holder's line

        var verified = await VerifyMobileAsync(stranger, strangerMobile);

        Assert.False(verified.Proven);
        Assert.Equal(IdentityCheckOutcome.Mismatch, verified.LastCheck);
        await AssertNotManagerAsync(fixture.As(verified.User), verified.User, cooperativeId);
    }

    [Fact]
    public async Task A_wrong_code_is_refused_in_Persian_and_a_second_code_must_wait_a_minute()
    {
        var (user, mobile) = await fixture.NewUnprovenUserAsync();
        var person = fixture.As(user);
        Assert.True((await person.VerifyMobile.SendCodeAsync(default)).Succeeded);
        var code = Outbox.LatestCode(mobile)!;

        var wrong = await person.VerifyMobile.ConfirmAsync(code == "000000" ? "111111" : "000000", default);
        var again = await person.VerifyMobile.SendCodeAsync(default);

        Assert.Equal(["کد واردشده درست نیست."], wrong.Errors["Code"]);
        Assert.Equal(ErrorKind.Conflict, again.Kind);
        Assert.Contains("ثانیه دیگر", again.Message, StringComparison.Ordinal);
        Assert.Single(Outbox.To(mobile));
    }

    [Fact]
    public async Task The_provinces_reviewer_sees_the_pending_link_and_confirms_it_another_province_cannot()
    {
        var zanjan = fixture.As(await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Zanjan));
        var tehran = fixture.As(await fixture.NewUserAsync(Roles.HeadOfOffice, PortalDatabaseFixture.Tehran));
        var (user, mobile) = await fixture.NewUnprovenUserAsync();
        var cooperativeId = await CooperativeManagedByAsync(user.ClaimedNationalCode!);

        var pending = Assert.Single(await zanjan.ManagerLinks.PendingAsync(default), l => l.UserId == user.UserId);
        Assert.Equal(mobile, pending.Mobile);
        Assert.DoesNotContain(await tehran.ManagerLinks.PendingAsync(default), l => l.UserId == user.UserId);
        Assert.Equal(ErrorKind.NotFound, (await tehran.ManagerLinks.ConfirmAsync(user.UserId!, default)).Kind);
        Assert.Equal(ErrorKind.NotFound, (await fixture.As(user).ManagerLinks.ConfirmAsync(user.UserId!, default)).Kind);

        Assert.True((await zanjan.ManagerLinks.ConfirmAsync(user.UserId!, default)).Succeeded);

        var proven = await fixture.ReadUserAsync(user.UserId!);
        Assert.True(proven.IsInRole(Roles.CooperativeManager));
        Assert.Contains(await fixture.As(proven).Cooperatives.MineAsync(default), c => c.Id == cooperativeId);
        Assert.DoesNotContain(await zanjan.ManagerLinks.PendingAsync(default), l => l.UserId == user.UserId);
        var account = await fixture.FindUserAsync(user.ClaimedNationalCode!);
        Assert.Equal(IdentityProof.OfficeConfirmation, account!.IdentityProof);
        Assert.Equal(zanjan.User.UserId, account.IdentityProvenByUserId);
    }

    [Fact]
    public async Task A_reviewer_may_not_confirm_their_own_national_code()
    {
        var (reviewer, _) = await fixture.NewUnprovenUserAsync(Roles.Reviewer, PortalDatabaseFixture.Zanjan);
        await CooperativeManagedByAsync(reviewer.ClaimedNationalCode!);

        var own = await fixture.As(reviewer).ManagerLinks.ConfirmAsync(reviewer.UserId!, default);

        Assert.Equal(ErrorKind.Forbidden, own.Kind);
        Assert.Equal(ManagerLinksHandler.OwnCodeRefused, own.Message);
        Assert.False((await fixture.ReadUserAsync(reviewer.UserId!)).IsIdentityProven);
    }

    /// <summary>Registers, then waits until what follows the registration (run in the background) has run.</summary>
    private async Task<Result> RegisterAsync(string nationalCode, string mobile, string? email = null)
    {
        Result result;
        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            result = await scope.ServiceProvider.GetRequiredService<RegisterCitizenHandler>().HandleAsync(new RegisterCitizenCommand
            {
                FullName = "مهدی صادقی",
                NationalCode = nationalCode,
                Mobile = mobile,
                Email = email ?? $"r.{Guid.NewGuid():N}@example.ir",
                Password = PortalDatabaseFixture.Password,
                ConfirmPassword = PortalDatabaseFixture.Password,
            }, default);
        }

        await fixture.RegistrationFollowUpsDoneAsync();
        return result;
    }

    [Fact]
    public async Task Registering_a_manager_code_tells_the_office_and_the_account_gets_nothing_yet()
    {
        var head = await fixture.NewUserAsync(Roles.HeadOfOffice, PortalDatabaseFixture.Zanjan);
        var code = TestNationalCodes.Next();
        var cooperativeId = await CooperativeManagedByAsync(code);

        Assert.True((await RegisterAsync(code, PortalDatabaseFixture.NewMobile())).Succeeded);

        var account = await fixture.FindUserAsync(code);
        var user = await fixture.ReadUserAsync(account!.Id);
        await AssertNotManagerAsync(fixture.As(user), user, cooperativeId);
        await using var db = await fixture.Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        Assert.Contains(await db.Notifications.Where(n => n.UserId == head.UserId).Select(n => n.Title).ToListAsync(), t => t == "حساب تازه با کد ملی مدیر تعاونی");
    }

    [Fact]
    public async Task A_second_registration_of_a_verified_account_answers_the_same_and_texts_the_owner_how_to_get_in()
    {
        var (owner, ownerMobile) = await fixture.NewUnprovenUserAsync();
        await VerifyMobileAsync(owner, ownerMobile);
        var otherMobile = PortalDatabaseFixture.NewMobile();
        var fresh = await RegisterAsync(TestNationalCodes.Next(), PortalDatabaseFixture.NewMobile());

        var second = await RegisterAsync(owner.ClaimedNationalCode!, otherMobile);

        Assert.True(fresh.Succeeded);
        Assert.True(second.Succeeded);
        Assert.Equal(fresh.Kind, second.Kind);
        var recovery = Outbox.To(ownerMobile)[^1].Text;
        Assert.Contains("حساب شما از پیش وجود دارد", recovery, StringComparison.Ordinal);
        Assert.Contains("/Account/LoginSms", recovery, StringComparison.Ordinal);
        Assert.Empty(Outbox.To(otherMobile));
    }

    [Fact]
    public async Task The_codes_real_holder_registering_after_a_stranger_gets_the_account_back_by_SMS()
    {
        var code = TestNationalCodes.Next();
        var cooperativeId = await CooperativeManagedByAsync(code);
        var strangerMobile = PortalDatabaseFixture.NewMobile();
        var ceoMobile = PortalDatabaseFixture.NewMobile();
        IdentityCheck.RegisterLine(code, ceoMobile);
        Assert.True((await RegisterAsync(code, strangerMobile)).Succeeded);

        Assert.True((await RegisterAsync(code, ceoMobile)).Succeeded);

        Assert.Contains("این حساب اکنون به همین شماره بسته شد", Outbox.To(ceoMobile)[^1].Text, StringComparison.Ordinal);
        var client = fixture.NewClient();
        using (var login = await client.LoginAsync(code, PortalDatabaseFixture.Password))
        {
            Assert.NotEqual(System.Net.HttpStatusCode.Redirect, login.StatusCode); // the stranger's password is gone
        }

        var sms = fixture.As(CurrentUserSnapshot.Anonymous).SmsLogin;
        Assert.True((await sms.RequestCodeAsync(PersianDigits.ToPersian(code), default)).Succeeded);
        var signedIn = await sms.VerifyAsync(code, Outbox.LatestCode(ceoMobile), default);
        Assert.True(signedIn.Succeeded, signedIn.Message);

        var ceo = await fixture.ReadUserAsync(signedIn.Value!);
        Assert.Equal(code, ceo.NationalCode);
        Assert.Contains(await fixture.As(ceo).Cooperatives.MineAsync(default), c => c.Id == cooperativeId);
        Assert.Single(Outbox.To(strangerMobile)); // the code of their own registration, from before; nothing since

        // The account has no password now: the holder sets a first one without a current password, then logs in with it.
        const string chosen = "Morning-Orchard-Lantern-7391";
        using (var scope = fixture.Factory.Services.CreateScope())
        {
            var identity = scope.ServiceProvider.GetRequiredService<IIdentityService>();
            Assert.False(await identity.HasPasswordAsync(ceo.UserId!, default));
            var set = await new ChangePasswordHandler(identity).HandleAsync(
                ceo.UserId!, new ChangePasswordCommand { OldPassword = string.Empty, NewPassword = chosen, ConfirmPassword = chosen }, default);
            Assert.True(set.Succeeded, set.Message);
            Assert.True(await identity.HasPasswordAsync(ceo.UserId!, default));
        }

        using var withPassword = await fixture.NewClient().LoginAsync(code, chosen);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, withPassword.StatusCode);
    }

    [Fact]
    public async Task SMS_login_answers_the_same_for_an_unknown_code_and_refuses_a_wrong_code()
    {
        var (user, mobile) = await fixture.NewUnprovenUserAsync();
        var sms = fixture.As(CurrentUserSnapshot.Anonymous).SmsLogin;

        var unknown = await sms.RequestCodeAsync(TestNationalCodes.Next(), default);
        var known = await sms.RequestCodeAsync(user.ClaimedNationalCode, default);
        var code = Outbox.LatestCode(mobile)!;
        var wrong = await sms.VerifyAsync(user.ClaimedNationalCode, code == "000000" ? "111111" : "000000", default);
        var unknownVerify = await sms.VerifyAsync(TestNationalCodes.Next(), code, default);

        Assert.True(unknown.Succeeded);
        Assert.True(known.Succeeded);
        Assert.Equal(Application.Accounts.LoginSms.SmsLoginHandler.Failed, wrong.Message);
        Assert.Equal(wrong.Message, unknownVerify.Message);
        Assert.True((await sms.VerifyAsync(user.ClaimedNationalCode, code, default)).Succeeded);
    }
}
