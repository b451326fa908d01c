using System.Net;
using CoopPortal.Application.Administration.Users;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Domain.Administration;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Registry;
using CoopPortal.Domain.Users;
using CoopPortal.Infrastructure.Identity;
using CoopPortal.Infrastructure.Persistence;
using CoopPortal.IntegrationTests.Common;
using CoopPortal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopPortal.IntegrationTests.Administration;

/// <summary>
/// The admin's work on accounts on a real database: only admins, every change audited, and a removed role or a lock
/// ends what an open session may do at once (checked through the real sign-in cookie and CurrentUserService).
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class UserAdministrationTests(PortalDatabaseFixture fixture)
{
    private static readonly Uri ZanjanOffice = new($"/office/{PortalDatabaseFixture.Zanjan}", UriKind.Relative);

    [Fact]
    public async Task Non_admins_are_refused_and_nothing_changes()
    {
        var target = await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Zanjan);
        foreach (var caller in new[] { await fixture.NewUserAsync(), await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Zanjan), await fixture.NewUserAsync(Roles.HeadOfOffice, PortalDatabaseFixture.Zanjan), CurrentUserSnapshot.Anonymous })
        {
            var users = As(caller);
            Assert.Equal(ErrorKind.NotFound, (await users.SearchAsync(new UserSearch(), default)).Kind);
            Assert.Equal(ErrorKind.NotFound, (await users.GetAsync(target.UserId!, default)).Kind);
            Assert.Equal(ErrorKind.NotFound, (await users.SetRolesAsync(target.UserId!, [Roles.Admin], null, null, default)).Kind);
            Assert.Equal(ErrorKind.NotFound, (await users.LockAsync(target.UserId!, "آزمون", default)).Kind);
            Assert.Equal(ErrorKind.NotFound, (await users.UnlockAsync(target.UserId!, default)).Kind);
        }

        var details = (await As(await AdminAsync()).GetAsync(target.UserId!, default)).Value!;
        Assert.Equal([Roles.Reviewer], details.Roles);
        Assert.Equal(PortalDatabaseFixture.Zanjan, details.ProvinceId);
        Assert.False(details.IsLocked);
        Assert.Empty(details.History);
    }

    [Fact]
    public async Task A_removed_reviewer_role_stops_working_in_an_open_session_at_once()
    {
        var reviewer = await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Zanjan);
        var session = await fixture.SignedInClientAsync(reviewer);
        using (var before = await session.Http.GetAsync(ZanjanOffice))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        var admin = await AdminAsync();
        var changed = await As(admin).SetRolesAsync(reviewer.UserId!, [Roles.Applicant], PortalDatabaseFixture.Zanjan, null, default);
        Assert.True(changed.Succeeded, changed.Message);

        // The new security stamp ends the whole session at once (issue 15): the login page, not just access denied.
        using var after = await session.Http.GetAsync(ZanjanOffice);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/Account/Login", after.Headers.Location?.PathAndQuery, StringComparison.Ordinal);

        // The use cases, through the real CurrentUserService of a request, see an applicant without a province.
        var details = (await As(admin).GetAsync(reviewer.UserId!, default)).Value!;
        Assert.Equal([Roles.Applicant], details.Roles);
        Assert.Null(details.ProvinceId);
        var audit = await AuditOfAsync(reviewer.UserId!);
        Assert.Equal(2, audit.Count);
        Assert.All(audit, a => Assert.Equal(admin.UserId, a.ActorUserId));
        var roles = Assert.Single(audit, a => a.Description.StartsWith("نقش‌های حساب تغییر کرد", StringComparison.Ordinal));
        Assert.Equal(Roles.Title(Roles.Reviewer), roles.OldValue);
        Assert.Equal(Roles.Title(Roles.Applicant), roles.NewValue);
        var province = Assert.Single(audit, a => a.Description.StartsWith("استان حساب", StringComparison.Ordinal));
        Assert.Equal("زنجان", province.OldValue);
        Assert.Null(province.NewValue);
    }

    [Fact]
    public async Task A_granted_role_with_its_province_works_at_once()
    {
        var applicant = await fixture.NewUserAsync();
        var session = await fixture.SignedInClientAsync(applicant);
        using (var before = await session.Http.GetAsync(ZanjanOffice))
        {
            Assert.Equal(HttpStatusCode.Redirect, before.StatusCode);
        }

        var changed = await As(await AdminAsync()).SetRolesAsync(applicant.UserId!, [Roles.Applicant, Roles.HeadOfOffice], PortalDatabaseFixture.Zanjan, null, default);
        Assert.True(changed.Succeeded, changed.Message);

        // The new security stamp ends the old cookie at its next validation; a new sign-in carries the role.
        var fresh = await fixture.SignedInClientAsync(applicant);
        using var after = await fresh.Http.GetAsync(ZanjanOffice);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task Provincial_roles_need_an_existing_province_and_unknown_roles_are_refused()
    {
        var admin = As(await AdminAsync());
        var user = await fixture.NewUserAsync();

        var noProvince = await admin.SetRolesAsync(user.UserId!, [Roles.Reviewer], null, null, default);
        Assert.Equal(ErrorKind.Validation, noProvince.Kind);
        Assert.Equal([UserAdministrationMessages.ProvinceRequired], noProvince.Errors["province"]);
        var noSuchProvince = await admin.SetRolesAsync(user.UserId!, [Roles.HeadOfOffice], 9999, null, default);
        Assert.Equal([UserAdministrationMessages.UnknownProvince], noSuchProvince.Errors["province"]);
        var unknown = await admin.SetRolesAsync(user.UserId!, ["SuperUser"], null, null, default);
        Assert.Equal([UserAdministrationMessages.UnknownRole], unknown.Errors["roles"]);

        Assert.Equal([Roles.Applicant], (await admin.GetAsync(user.UserId!, default)).Value!.Roles);
        Assert.Empty(await AuditOfAsync(user.UserId!));
    }

    [Fact]
    public async Task An_admin_can_neither_remove_their_own_admin_role_nor_lock_themselves()
    {
        var me = await AdminAsync();
        var admin = As(me);

        var demoted = await admin.SetRolesAsync(me.UserId!, [Roles.Applicant], null, null, default);
        Assert.Equal(ErrorKind.Forbidden, demoted.Kind);
        Assert.Equal(UserAdministrationMessages.OwnAdminRole, demoted.Message);
        var locked = await admin.LockAsync(me.UserId!, "آزمون", default);
        Assert.Equal(ErrorKind.Forbidden, locked.Kind);
        Assert.Equal(UserAdministrationMessages.SelfLock, locked.Message);

        var details = (await admin.GetAsync(me.UserId!, default)).Value!;
        Assert.Equal([Roles.Admin], details.Roles);
        Assert.False(details.IsLocked);
        Assert.Empty(await AuditOfAsync(me.UserId!));
    }

    [Fact]
    public async Task A_locked_account_cannot_sign_in_and_its_open_session_stops_until_unlocked()
    {
        var reviewer = await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Zanjan);
        var session = await fixture.SignedInClientAsync(reviewer);
        var admin = await AdminAsync();

        Assert.Equal(ErrorKind.Validation, (await As(admin).LockAsync(reviewer.UserId!, "  ", default)).Kind);
        var locked = await As(admin).LockAsync(reviewer.UserId!, "پایان همکاری", default);
        Assert.True(locked.Succeeded, locked.Message);
        Assert.Equal(ErrorKind.Conflict, (await As(admin).LockAsync(reviewer.UserId!, "دوباره", default)).Kind);

        using (var open = await session.Http.GetAsync(ZanjanOffice))
        {
            Assert.Equal(HttpStatusCode.Redirect, open.StatusCode);
            Assert.StartsWith("/Account/Login", open.Headers.Location?.PathAndQuery, StringComparison.Ordinal); // the lock ended the session at once
        }

        var client = new FormClient(fixture.Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        using (var login = await client.LoginAsync(reviewer.NationalCode!, PortalDatabaseFixture.Password))
        {
            Assert.NotEqual(HttpStatusCode.Redirect, login.StatusCode);
        }

        using (var refused = await client.Http.GetAsync(ZanjanOffice))
        {
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.StartsWith("/Account/Login", refused.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        }

        Assert.True((await As(admin).GetAsync(reviewer.UserId!, default)).Value!.IsLocked);
        var unlocked = await As(admin).UnlockAsync(reviewer.UserId!, default);
        Assert.True(unlocked.Succeeded, unlocked.Message);
        Assert.Equal(ErrorKind.Conflict, (await As(admin).UnlockAsync(reviewer.UserId!, default)).Kind);
        var again = await fixture.SignedInClientAsync(reviewer);
        using (var page = await again.Http.GetAsync(ZanjanOffice))
        {
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        }

        var audit = await AuditOfAsync(reviewer.UserId!);
        Assert.Equal(2, audit.Count);
        Assert.Contains(audit, a => a.Description.Contains("پایان همکاری", StringComparison.Ordinal) && a.OldValue == "باز" && a.NewValue == "قفل");
        Assert.Contains(audit, a => a.OldValue == "قفل" && a.NewValue == "باز");
        var history = (await As(admin).GetAsync(reviewer.UserId!, default)).Value!.History;
        Assert.Equal(2, history.Count);
    }

    [Fact]
    public async Task Search_finds_by_persian_name_and_digits_and_filters_by_role_and_province()
    {
        var admin = As(await AdminAsync());
        var reviewer = await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Tehran);
        var persianCode = Domain.Common.PersianDigits.ToPersian(reviewer.NationalCode!);

        var byCode = (await admin.SearchAsync(new UserSearch(persianCode), default)).Value!;
        var row = Assert.Single(byCode.Items);
        Assert.Equal(reviewer.UserId, row.Id);
        Assert.Equal([Roles.Reviewer], row.Roles);
        Assert.Equal("تهران", row.ProvinceName);
        Assert.False(row.IsLocked);

        // Arabic yeh in the query matches the stored Persian yeh.
        var byName = (await admin.SearchAsync(new UserSearch("كاربر آزمون", Roles.Reviewer, PortalDatabaseFixture.Tehran), default)).Value!;
        Assert.Contains(byName.Items, i => i.Id == reviewer.UserId);
        Assert.All(byName.Items, i => Assert.Contains(Roles.Reviewer, i.Roles));
        var otherProvince = (await admin.SearchAsync(new UserSearch(reviewer.NationalCode, ProvinceId: PortalDatabaseFixture.Zanjan), default)).Value!;
        Assert.Empty(otherProvince.Items);
    }

    [Fact]
    public async Task The_pages_are_for_admins_and_show_the_user_and_their_audit()
    {
        var admin = await AdminAsync();
        var reviewer = await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Zanjan);
        Assert.True((await As(admin).LockAsync(reviewer.UserId!, "آزمون صفحه", default)).Succeeded);
        var client = await fixture.SignedInClientAsync(admin);

        var list = WebUtility.HtmlDecode(await client.Http.GetStringAsync(new Uri("/admin/users", UriKind.Relative)));
        Assert.Contains("users-search", list, StringComparison.Ordinal);
        Assert.Contains($"id=\"user-row-{admin.UserId}\"", list, StringComparison.Ordinal);

        var page = WebUtility.HtmlDecode(await client.Http.GetStringAsync(new Uri($"/admin/users/{reviewer.UserId}", UriKind.Relative)));
        foreach (var id in new[] { $"role-{Roles.Reviewer}", "user-province", "user-save", "user-unlock", "user-audit" })
        {
            Assert.Contains(id, page, StringComparison.Ordinal);
        }

        Assert.Contains("آزمون صفحه", page, StringComparison.Ordinal);

        var other = await fixture.SignedInClientAsync(await fixture.NewUserAsync(Roles.HeadOfOffice, PortalDatabaseFixture.Zanjan));
        using var refused = await other.Http.GetAsync(new Uri($"/admin/users/{reviewer.UserId}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", refused.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_county_office_of_the_province_is_set_audited_and_ends_open_sessions_at_once()
    {
        var reviewer = await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Zanjan);
        var session = await fixture.SignedInClientAsync(reviewer);
        var stamp = await StampOfAsync(reviewer.UserId!);
        var abhar = await CountyAsync(PortalDatabaseFixture.Zanjan, "ابهر");
        var admin = As(await AdminAsync());

        var changed = await admin.SetRolesAsync(reviewer.UserId!, [Roles.Reviewer], PortalDatabaseFixture.Zanjan, abhar, default);
        Assert.True(changed.Succeeded, changed.Message);

        // The new office ends the open session like a role change; the use cases now read the county office.
        Assert.NotEqual(stamp, await StampOfAsync(reviewer.UserId!));
        using (var open = await session.Http.GetAsync(ZanjanOffice))
        {
            Assert.Equal(HttpStatusCode.Redirect, open.StatusCode);
            Assert.StartsWith("/Account/Login", open.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        }

        var scope = await fixture.ReadUserAsync(reviewer.UserId!);
        Assert.Equal((PortalDatabaseFixture.Zanjan, abhar), (scope.ProvinceId, scope.CountyId));
        var details = (await admin.GetAsync(reviewer.UserId!, default)).Value!;
        Assert.Equal((abhar, "ابهر", "استان زنجان، شهرستان ابهر"), (details.CountyId, details.CountyName, details.Office));
        var row = Assert.Single((await admin.SearchAsync(new UserSearch(reviewer.NationalCode), default)).Value!.Items);
        Assert.Equal("استان زنجان، شهرستان ابهر", row.Office);

        var county = Assert.Single(await AuditOfAsync(reviewer.UserId!));
        Assert.Equal(("اداره: استان زنجان، شهرستان ابهر", null, "ابهر"), (county.Description, county.OldValue, county.NewValue));

        // Back to the provincial office: audited too, and saving the same choice again changes nothing.
        Assert.True((await admin.SetRolesAsync(reviewer.UserId!, [Roles.Reviewer], PortalDatabaseFixture.Zanjan, null, default)).Succeeded);
        var stampAfter = await StampOfAsync(reviewer.UserId!);
        Assert.True((await admin.SetRolesAsync(reviewer.UserId!, [Roles.Reviewer], PortalDatabaseFixture.Zanjan, null, default)).Succeeded);
        Assert.Equal(stampAfter, await StampOfAsync(reviewer.UserId!));
        var audit = await AuditOfAsync(reviewer.UserId!);
        Assert.Equal(2, audit.Count);
        Assert.Contains(audit, a => a.Description == "اداره: اداره کل استان زنجان (بدون شهرستان)" && a.OldValue == "ابهر" && a.NewValue is null);
        Assert.Equal("استان زنجان", (await admin.GetAsync(reviewer.UserId!, default)).Value!.Office);
    }

    [Fact]
    public async Task A_county_of_another_province_or_an_unknown_county_is_refused_in_persian_and_nothing_changes()
    {
        var reviewer = await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Zanjan);
        var stamp = await StampOfAsync(reviewer.UserId!);
        var admin = As(await AdminAsync());
        var tehranCounty = await CountyAsync(PortalDatabaseFixture.Tehran, "تهران");

        var otherProvince = await admin.SetRolesAsync(reviewer.UserId!, [Roles.Reviewer], PortalDatabaseFixture.Zanjan, tehranCounty, default);
        Assert.Equal(ErrorKind.Validation, otherProvince.Kind);
        Assert.Equal([UserAdministrationMessages.CountyNotInProvince], otherProvince.Errors["county"]);
        var unknown = await admin.SetRolesAsync(reviewer.UserId!, [Roles.HeadOfOffice], PortalDatabaseFixture.Zanjan, 999_999, default);
        Assert.Equal([UserAdministrationMessages.UnknownCounty], unknown.Errors["county"]);

        var details = (await admin.GetAsync(reviewer.UserId!, default)).Value!;
        Assert.Equal([Roles.Reviewer], details.Roles);
        Assert.Equal((PortalDatabaseFixture.Zanjan, (int?)null), (details.ProvinceId, details.CountyId));
        Assert.Equal(stamp, await StampOfAsync(reviewer.UserId!));
        Assert.Empty(await AuditOfAsync(reviewer.UserId!));
    }

    [Fact]
    public async Task Headquarters_is_national_and_a_county_without_an_office_role_is_cleared()
    {
        var admin = As(await AdminAsync());
        var staff = await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Zanjan);
        var abhar = await CountyAsync(PortalDatabaseFixture.Zanjan, "ابهر");
        Assert.True((await admin.SetRolesAsync(staff.UserId!, [Roles.Reviewer], PortalDatabaseFixture.Zanjan, abhar, default)).Succeeded);

        var both = await admin.SetRolesAsync(staff.UserId!, [Roles.Reviewer, Roles.Headquarters], PortalDatabaseFixture.Zanjan, abhar, default);
        Assert.Equal([UserAdministrationMessages.HeadquartersIsNational], both.Errors["roles"]);

        // Headquarters alone: the province and the county sent are cleared with the office role.
        var national = await admin.SetRolesAsync(staff.UserId!, [Roles.Headquarters], PortalDatabaseFixture.Zanjan, abhar, default);
        Assert.True(national.Succeeded, national.Message);
        var details = (await admin.GetAsync(staff.UserId!, default)).Value!;
        Assert.Equal([Roles.Headquarters], details.Roles);
        Assert.Equal(((int?)null, (int?)null, (string?)null), (details.ProvinceId, details.CountyId, details.Office));
        var audit = await AuditOfAsync(staff.UserId!);
        Assert.Contains(audit, a => a.Description == "شهرستان حساب برداشته شد" && a.OldValue == "ابهر" && a.NewValue is null);
        Assert.Contains(audit, a => a.Description == "استان حساب برداشته شد" && a.OldValue == "زنجان");
        Assert.Contains(audit, a => a.Description == "نقش‌های حساب تغییر کرد؛ داده شد: کارشناس ستاد وزارت؛ برداشته شد: کارشناس اداره کل");

        var byRole = (await admin.SearchAsync(new UserSearch(staff.NationalCode, Roles.Headquarters), default)).Value!;
        Assert.Equal(staff.UserId, Assert.Single(byRole.Items).Id);
        Assert.Empty((await admin.SearchAsync(new UserSearch(staff.NationalCode, Roles.Reviewer), default)).Value!.Items);

        var applicant = await fixture.NewUserAsync();
        Assert.True((await admin.SetRolesAsync(applicant.UserId!, [Roles.Applicant], PortalDatabaseFixture.Zanjan, abhar, default)).Succeeded);
        Assert.Null((await admin.GetAsync(applicant.UserId!, default)).Value!.Office);
        Assert.Empty(await AuditOfAsync(applicant.UserId!));
    }

    [Fact]
    public async Task Derived_roles_are_never_granted_and_show_as_held_through_the_proven_national_code()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var manager = await fixture.NewUserAsync();
        var inspector = await fixture.NewUserAsync();
        var cooperative = Cooperative.Import(new ImportedCooperative(
            "تعاونی نقش‌های خودکار " + Guid.NewGuid().ToString("N")[..8], TestNumbers.RegistrationNumber(), today.AddYears(-3), null,
            PortalDatabaseFixture.Zanjan, null, null, 12, 100_000_000, manager.NationalCode!, "مدیر آزمون", null), DateTime.UtcNow);
        cooperative.ReplaceOfficers([new OfficerEntry(OfficerRole.Inspector, "بازرس آزمون", inspector.NationalCode!, today.AddMonths(-1), today.AddMonths(11))]);
        await using (var db = await fixture.Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            db.Cooperatives.Add(cooperative);
            await db.SaveChangesAsync();
        }

        var admin = As(await AdminAsync());
        foreach (var derived in new[] { Roles.CooperativeManager, Roles.Inspector })
        {
            var refused = await admin.SetRolesAsync(manager.UserId!, [Roles.Applicant, derived], null, null, default);
            Assert.Equal([UserAdministrationMessages.DerivedRole], refused.Errors["roles"]);
        }

        Assert.Equal([Roles.CooperativeManager], (await admin.GetAsync(manager.UserId!, default)).Value!.DerivedRoles);
        Assert.Equal([Roles.Inspector], (await admin.GetAsync(inspector.UserId!, default)).Value!.DerivedRoles);
        var managers = (await admin.SearchAsync(new UserSearch(manager.NationalCode, Roles.CooperativeManager), default)).Value!;
        Assert.Equal([Roles.CooperativeManager], Assert.Single(managers.Items).DerivedRoles);
        Assert.Equal(inspector.UserId, Assert.Single((await admin.SearchAsync(new UserSearch(inspector.NationalCode, Roles.Inspector), default)).Value!.Items).Id);
        Assert.Empty((await admin.SearchAsync(new UserSearch(manager.NationalCode, Roles.Inspector), default)).Value!.Items);
        Assert.Empty(await AuditOfAsync(manager.UserId!));
    }

    private Task<CurrentUserSnapshot> AdminAsync() => fixture.NewUserAsync(Roles.Admin);

    private UserAdministration As(ICurrentUser user) =>
        new(fixture.Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>(),
            fixture.Factory.Services.GetRequiredService<Infrastructure.Persistence.ReadReplica.ReadOnlyDbContextFactory>(), new FixedUser(user), TimeProvider.System);

    private async Task<List<AuditEntry>> AuditOfAsync(string userId)
    {
        await using var db = await fixture.Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await db.AuditEntries.AsNoTracking().Where(a => a.Area == AuditArea.Users && a.Subject == userId).ToListAsync();
    }

    private async Task<string?> StampOfAsync(string userId)
    {
        await using var db = await fixture.Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await db.Users.Where(u => u.Id == userId).Select(u => u.SecurityStamp).SingleAsync();
    }

    private async Task<int> CountyAsync(int province, string name)
    {
        await using var db = await fixture.Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await db.Counties.Where(c => c.ProvinceId == province && c.Name == name).Select(c => c.Id).SingleAsync();
    }

    private sealed class FixedUser(ICurrentUser user) : ICurrentUserService
    {
        public Task<ICurrentUser> GetAsync(CancellationToken cancellationToken) => Task.FromResult(user);
    }
}
