using System.Text;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Registry.Import;
using CoopPortal.Domain.Administration;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Users;
using CoopPortal.Domain.ValueObjects;
using CoopPortal.IntegrationTests.Common;
using CoopPortal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CoopPortal.IntegrationTests.Members.MemberFixtures;

namespace CoopPortal.IntegrationTests.Members;

/// <summary>
/// The admin's import of member lists on real PostgreSQL (binary COPY into a staging table, one merge): all or nothing,
/// every error by row, column and reason, re-importing updates names and shares, recorded in the import history.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class MemberImportTests(PortalDatabaseFixture fixture)
{
    [Fact]
    public async Task A_good_file_is_imported_and_recorded_in_the_history_and_importing_again_updates_names_and_shares()
    {
        var admin = await fixture.NewUserAsync(Roles.Admin);
        var (cooperativeId, _, number) = await CooperativeAsync(fixture);
        var (a, b) = (TestNationalCodes.Next(), TestNationalCodes.Next());

        var file = Csv(
            $"زنجان,{PersianDigits(number)},{PersianDigits(a)},علي رضايي,\"۲٬۵۰۰٬۰۰۰\",۱۳۹۹/۰۴/۱۵",
            "",
            $"زنجان,{number},{b},مریم احمدی,1000000,");
        var imported = await ImportAsync(fixture, admin, file, "اعضای تعاونی.csv");
        Assert.True(imported.Succeeded, Describe(imported));
        Assert.Equal((2, 0), (imported.ImportedCount, imported.UpdatedCount));
        var members = await MembersOfAsync(fixture, cooperativeId);
        var ali = members.Single(m => m.NationalCode == a);
        Assert.Equal(("علی رضایی", 2_500_000L, MembershipSource.Import, MembershipStatus.Member), (ali.FullName, ali.Shares, ali.Source, ali.Status));
        Assert.Equal(CoopPortal.Domain.Common.JalaliDate.Parse("1399/04/15"), ali.JoinedOn);
        Assert.Null(members.Single(m => m.NationalCode == b).JoinedOn);

        await using (var db = await OpenAsync(fixture))
        {
            var line = await db.AuditEntries.AsNoTracking().Where(e => e.Subject == ImportMembersHandler.AuditSubject && e.ActorUserId == admin.UserId).SingleAsync();
            Assert.Equal(AuditArea.Registry, line.Area);
            Assert.Equal("ورود فهرست ۲ عضو از فایل «اعضای تعاونی.csv»", line.Description);
            Assert.Equal("زنجان (۱ تعاونی)", line.NewValue);
        }

        var history = await new ImportHistoryQuery(fixture.Db, new PortalDatabaseFixture.FixedUser(admin), fixture.Factory.Services.GetRequiredService<Application.Common.Staff.IStaffDirectory>()).HandleAsync(default);
        Assert.Contains(history.Value!, h => h.Description == "ورود فهرست ۲ عضو از فایل «اعضای تعاونی.csv»");

        // Again, with Ali's shares changed, Maryam's name corrected and a new member: two updated, one added, the day kept.
        var c = TestNationalCodes.Next();
        var again = await ImportAsync(fixture, admin, Csv(
            $"زنجان,{number},{a},علی رضایی,3000000,",
            $"زنجان,{number},{b},مریم احمدی‌نژاد,1000000,1400/01/20",
            $"زنجان,{number},{c},حسن کریمی,500000,"));
        Assert.True(again.Succeeded, Describe(again));
        Assert.Equal((1, 2), (again.ImportedCount, again.UpdatedCount));
        members = await MembersOfAsync(fixture, cooperativeId);
        Assert.Equal(3, members.Count);
        ali = members.Single(m => m.NationalCode == a);
        Assert.Equal(3_000_000, ali.Shares);
        Assert.Equal(CoopPortal.Domain.Common.JalaliDate.Parse("1399/04/15"), ali.JoinedOn); // not given: kept
        Assert.Equal("مریم احمدی‌نژاد", members.Single(m => m.NationalCode == b).FullName);
        Assert.True(ali.UpdatedAtUtc > ali.RecordedAtUtc);
    }

    [Fact]
    public async Task A_file_with_bad_rows_is_refused_with_row_column_and_reason_and_nothing_is_written()
    {
        var admin = await fixture.NewUserAsync(Roles.Admin);
        var (cooperativeId, _, number) = await CooperativeAsync(fixture);
        var good = TestNationalCodes.Next();
        var twice = TestNationalCodes.Next();
        var wrongCheck = good[..9] + (char)('0' + ((good[9] - '0' + 1) % 10));
        var unknownNumber = "9" + TestNumbers.RegistrationNumber() + "9";

        var result = await ImportAsync(fixture, admin, Csv(
            $"زنجان,{number},{good},علی رضایی,1000000,",
            $"زنجان,{number},{wrongCheck},مریم احمدی,1000000,",
            $"زنجان,{unknownNumber},{TestNationalCodes.Next()},حسن کریمی,1000000,",
            $"زنجان,{number},{twice},زهرا محمدی,1000000,",
            $"زنجان,{number},{twice},زهرا محمدی,1000000,",
            $"زنجان,{number},{TestNationalCodes.Next()},رضا حسینی,یک میلیون,",
            $"زنجان,{number},{TestNationalCodes.Next()},سارا کاظمی,1,000,000,"));

        Assert.Equal(ErrorKind.Validation, result.Kind);
        Assert.Equal(5, result.TotalErrors);
        Assert.Contains("هیچ عضوی وارد نشد", result.Message, StringComparison.Ordinal);
        Assert.Equal(
            [
                (3, "کد ملی", ValidationMessages.NationalCodeInvalid),
                (4, "شماره ثبت", ImportMembersHandler.UnknownCooperative),
                (6, "کد ملی", ImportMembersHandler.DuplicateInFile(5)),
                (7, "سهام (ریال)", MemberImportFormat.SharesNotANumber),
            ],
            result.Errors.Where(e => e.Column is not null).Select(e => (e.Row, e.Column!, e.Message)));
        var wholeRow = Assert.Single(result.Errors, e => e.Column is null);
        Assert.Equal(8, wholeRow.Row); // the unquoted thousands separators made more cells than headers

        Assert.Empty(await MembersOfAsync(fixture, cooperativeId));
        await using var db = await OpenAsync(fixture);
        Assert.False(await db.AuditEntries.AnyAsync(e => e.Subject == ImportMembersHandler.AuditSubject && e.ActorUserId == admin.UserId));
    }

    [Fact]
    public async Task A_bad_header_a_file_that_is_not_utf8_and_a_caller_who_is_not_an_admin_import_nothing()
    {
        var admin = await fixture.NewUserAsync(Roles.Admin);
        var (cooperativeId, _, number) = await CooperativeAsync(fixture);
        var row = $"زنجان,{number},{TestNationalCodes.Next()},علی رضایی,1000000,";

        var header = await ImportAsync(fixture, admin, "استان,شماره ثبت,کدملی عضو,نام خانوادگی,سهام\n" + row + "\n");
        Assert.Equal(ErrorKind.Validation, header.Kind);
        Assert.All(header.Errors, e => Assert.Equal(1, e.Row));
        Assert.Contains(header.Errors, e => e.Message == "ستون «نام خانوادگی» شناخته نیست. سرستون‌ها باید همان نام‌های راهنما باشند.");

        var windows1256 = Encoding.UTF8.GetBytes(Csv(row)).Concat(new byte[] { 0xC7, 0xE1, 0x0A }).ToArray();
        var notUtf8 = await ImportAsync(fixture, admin, windows1256);
        Assert.Equal(ImportFileMessages.NotUtf8, notUtf8.Message);

        var withBom = await ImportAsync(fixture, await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Zanjan), [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Csv(row))]);
        Assert.Equal(ErrorKind.Forbidden, withBom.Kind);

        Assert.Empty(await MembersOfAsync(fixture, cooperativeId));

        // The same file with a BOM, by an admin: the BOM is not part of the first header.
        var imported = await ImportAsync(fixture, admin, [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Csv(row))]);
        Assert.True(imported.Succeeded, Describe(imported));
        Assert.Single(await MembersOfAsync(fixture, cooperativeId));
    }

    private static string PersianDigits(string ascii) => CoopPortal.Domain.Common.PersianDigits.ToPersian(ascii);
}
