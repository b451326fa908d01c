using System.Globalization;
using System.Text;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Registry.Import;
using CoopPortal.Application.Supervision.Common;
using CoopPortal.Application.Supervision.Cooperatives;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Users;
using CoopPortal.Infrastructure.Persistence;
using CoopPortal.IntegrationTests.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CoopPortal.IntegrationTests.Registry;

/// <summary>
/// The admin's all-or-nothing import of existing cooperatives from CSV, on a real database: every row is checked before
/// anything is written, errors name the row (header = 1), the column and the reason, and managers are linked by
/// national code.
/// </summary>
public sealed class CsvImportTests(PortalDatabaseFixture fixture) : IClassFixture<PortalDatabaseFixture>
{
    private const string Header = "نام تعاونی,شماره ثبت,تاریخ ثبت,شناسه ملی,استان,شهرستان,نوع فعالیت,تعداد اعضا,سرمایه (ریال),کد ملی مدیرعامل,نام مدیرعامل,پایان دوره هیئت مدیره";

    private static int _registration = Random.Shared.Next(100_000, 900_000) * 10;
    private static long _companyId = Random.Shared.NextInt64(1_000_000_000, 8_000_000_000);

    [Fact]
    public async Task A_valid_file_imports_every_row_with_normalized_names_and_managers()
    {
        var admin = await AdminAsync();
        var (r1, r2, r3) = (NextRegistration(), NextRegistration(), NextRegistration());
        var companyId = NextCompanyId();
        var (m1, m2, m3) = (TestNationalCodes.Next(), TestNationalCodes.Next(), TestNationalCodes.Next());
        var csv = Csv(
            Row("تعاونی مصرف كاركنان  ادارة ابهر", r1, "1382/04/15", "", "زنجان", "ابهر", "توزیعی", "48", "12,500,000,000", m1, "علي رضايي", "1406/03/31"),
            Row("تعاونی تولیدی \"نخ\", فرش", r2, "1395/11/02", companyId, "تهران", "دماوند", "تولیدی", "3", "850000000", m2, "مریم احمدی", ""),
            Row("تعاونی چندمنظوره روستایی", r3, "1400/01/05", "", "چهارمحال و بختیاری", "", "چند منظوره", "120", "1٬000٬000", m3, "حسن کریمی", ""));

        var result = await ImportAsync(admin, csv);

        Assert.True(result.Succeeded, Describe(result));
        Assert.Equal(3, result.ImportedCount);
        await using var db = await OpenAsync();
        var imported = await db.Cooperatives.AsNoTracking().Include(c => c.Managers).Include(c => c.Officers)
            .Where(c => c.RegistrationNumber == r1 || c.RegistrationNumber == r2 || c.RegistrationNumber == r3)
            .ToDictionaryAsync(c => c.RegistrationNumber!);
        Assert.Equal(3, imported.Count);

        var first = imported[r1];
        Assert.Equal("تعاونی مصرف کارکنان ادارة ابهر", first.Name); // Arabic ك → ک, runs of spaces collapsed
        Assert.Equal(CooperativeSource.Imported, first.Source);
        Assert.Equal(PortalDatabaseFixture.Zanjan, first.ProvinceId);
        Assert.Equal(await db.Counties.Where(c => c.Name == "ابهر").Select(c => c.Id).SingleAsync(), first.CountyId);
        Assert.Equal(2, first.ActivityTypeId);
        Assert.Equal(48, first.MembersCount);
        Assert.Equal(12_500_000_000, first.Capital);
        Assert.Null(first.CompanyNationalId);
        Assert.Equal(JalaliDate.Parse("1382/04/15"), DateOnly.FromDateTime(first.RegisteredAtUtc));
        var manager = Assert.Single(first.Managers);
        Assert.Equal(m1, manager.NationalCode);
        Assert.Equal("علی رضایی", manager.FullName);
        Assert.Equal(JalaliDate.Parse("1406/03/31"), Assert.Single(first.Officers).TermEndsOn);

        var second = imported[r2];
        Assert.Equal("تعاونی تولیدی \"نخ\", فرش", second.Name); // RFC 4180 quoting: comma and doubled quotes inside
        Assert.Equal(PortalDatabaseFixture.Tehran, second.ProvinceId);
        Assert.Equal(companyId, second.CompanyNationalId);
        Assert.Equal(3, second.MembersCount); // older cooperatives may have fewer than 7 members
        Assert.Equal(m2, Assert.Single(second.Managers).NationalCode);

        var third = imported[r3];
        Assert.Equal(9, third.ProvinceId); // «چهارمحال وبختیاری» matched without regard to spaces
        Assert.Null(third.CountyId);
        Assert.Equal(3, third.ActivityTypeId);
        Assert.Equal(1_000_000, third.Capital);
    }

    [Fact]
    public async Task An_import_is_audited_with_its_admin_file_and_provinces_a_refused_file_is_not_and_only_admins_read_the_history()
    {
        var admin = await AdminAsync();
        var file = $"تعاونی‌های قدیمی {Guid.NewGuid():N}.csv";
        var csv = Csv(
            Row("تعاونی سابقه یک", NextRegistration(), "1390/01/01", "", "زنجان", "", "", "10", "1000000", TestNationalCodes.Next(), "مدیر یک", ""),
            Row("تعاونی سابقه دو", NextRegistration(), "1391/01/01", "", "تهران", "", "", "12", "2000000", TestNationalCodes.Next(), "مدیر دو", ""),
            Row("تعاونی سابقه سه", NextRegistration(), "1392/01/01", "", "زنجان", "", "", "9", "3000000", TestNationalCodes.Next(), "مدیر سه", ""));
        var refusedFile = $"نادرست {Guid.NewGuid():N}.csv";
        var refusedCsv = Csv(Row("تعاونی بی‌استان", NextRegistration(), "1390/01/01", "", "استان ناموجود", "", "", "10", "1000000", TestNationalCodes.Next(), "مدیر", ""));

        Assert.True((await ImportAsync(admin, csv, "/home/admin/" + file)).Succeeded);
        Assert.False((await ImportAsync(admin, refusedCsv, refusedFile)).Succeeded);

        await using (var db = await OpenAsync())
        {
            var lines = await db.AuditEntries.AsNoTracking().Where(a => a.Area == Domain.Administration.AuditArea.Registry).ToListAsync();
            var line = Assert.Single(lines, a => a.Description.Contains(file, StringComparison.Ordinal));
            Assert.Equal(admin.UserId, line.ActorUserId);
            Assert.Equal(ImportCooperativesHandler.AuditSubject, line.Subject);
            Assert.Equal($"ورود ۳ تعاونی از فایل «{file}»", line.Description); // the path the browser may send is not kept
            Assert.Equal("زنجان: ۲، تهران: ۱", line.NewValue);
            Assert.DoesNotContain(lines, a => a.Description.Contains(refusedFile, StringComparison.Ordinal));
        }

        var staff = fixture.Factory.Services.GetRequiredService<Application.Common.Staff.IStaffDirectory>();
        var history = await new ImportHistoryQuery(fixture.Db, new FixedUser(admin), staff).HandleAsync(default);
        Assert.True(history.Succeeded);
        var shown = Assert.Single(history.Value!, h => h.Description.Contains(file, StringComparison.Ordinal));
        Assert.Equal("کاربر آزمون", shown.Actor);
        Assert.Equal("زنجان: ۲، تهران: ۱", shown.Provinces);

        var reviewer = await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Zanjan);
        var refused = await new ImportHistoryQuery(fixture.Db, new FixedUser(reviewer), staff).HandleAsync(default);
        Assert.Equal(ErrorKind.Forbidden, refused.Kind);
        Assert.Null(refused.Value);
    }

    [Fact]
    public async Task One_bad_row_among_good_ones_imports_nothing_and_every_error_names_row_and_column()
    {
        var admin = await AdminAsync();
        var good1 = NextRegistration();
        var good2 = NextRegistration();
        var valid = NextCompanyId();
        var badCompanyId = valid[..10] + (char)('0' + ((valid[10] - '0' + 1) % 10));
        var badCode = TestNationalCodes.Next();
        badCode = badCode[..9] + (char)('0' + ((badCode[9] - '0' + 1) % 10));
        var csv = Csv(
            Row("تعاونی درست یک", good1, "1390/01/01", "", "زنجان", "ابهر", "تولیدی", "10", "1000000", TestNationalCodes.Next(), "مدیر یک", ""),
            Row("تعاونی کد ملی نادرست", NextRegistration(), "1390/01/01", "", "زنجان", "", "", "10", "1000000", badCode, "مدیر", ""),
            Row("تعاونی استان ناموجود", NextRegistration(), "1390/01/01", "", "استان ناموجود", "ابهر", "", "10", "1000000", TestNationalCodes.Next(), "مدیر", ""),
            Row("تعاونی شهرستان دیگر", NextRegistration(), "1390/01/01", "", "تهران", "ابهر", "", "10", "1000000", TestNationalCodes.Next(), "مدیر", ""),
            Row("تعاونی آینده", NextRegistration(), "1499/01/01", "", "زنجان", "", "", "10", "1000000", TestNationalCodes.Next(), "مدیر", ""),
            Row("تعاونی عددها", NextRegistration(), "1402/13/01", "", "زنجان", "", "", "0", "یک میلیون", TestNationalCodes.Next(), "مدیر", ""),
            Row("تعاونی شناسه", NextRegistration(), "1390/01/01", badCompanyId, "زنجان", "", "خدماتی", "10", "1000000", TestNationalCodes.Next(), "مدیر", "1389/01/01"),
            Row("", "12a", "1390/01/01", "", "زنجان", "", "", "10", "1000000", TestNationalCodes.Next(), "", ""),
            Row("تعاونی خانه اضافه", NextRegistration(), "1390/01/01", "", "زنجان", "", "", "10", "1000000", TestNationalCodes.Next(), "مدیر", "", "اضافه"),
            Row("تعاونی درست دو", good2, "1390/01/01", "", "زنجان", "", "", "10", "1000000", TestNationalCodes.Next(), "مدیر دو", ""));

        var result = await ImportAsync(admin, csv);

        Assert.False(result.Succeeded);
        Assert.Equal(ErrorKind.Validation, result.Kind);
        Assert.Equal(0, result.ImportedCount);
        Assert.Equal(
        [
            (3, "کد ملی مدیرعامل"),
            (4, "استان"),
            (5, "شهرستان"),
            (6, "تاریخ ثبت"),
            (7, "تاریخ ثبت"),
            (7, "تعداد اعضا"),
            (7, "سرمایه (ریال)"),
            (8, "شناسه ملی"),
            (8, "نوع فعالیت"),
            (8, "پایان دوره هیئت مدیره"),
            (9, "نام تعاونی"),
            (9, "شماره ثبت"),
            (9, "نام مدیرعامل"),
            (10, null),
        ], result.Errors.Select(e => (e.Row, e.Column)).ToList());
        Assert.Equal(result.Errors.Count, result.TotalErrors);
        Assert.Contains("نیست", result.Errors.Single(e => e.Row == 5).Message, StringComparison.Ordinal);
        Assert.Equal("تاریخ ثبت نمی‌تواند در آینده باشد.", result.Errors.Single(e => e.Row == 6).Message);
        Assert.Equal(Domain.ValueObjects.ValidationMessages.NationalCodeInvalid, result.Errors.Single(e => e.Row == 3).Message);
        Assert.Contains("هیچ تعاونی‌ای وارد نشد", result.Message, StringComparison.Ordinal);

        await using var db = await OpenAsync();
        Assert.False(await db.Cooperatives.AnyAsync(c => c.RegistrationNumber == good1 || c.RegistrationNumber == good2));
    }

    [Fact]
    public async Task Duplicate_registration_numbers_and_company_ids_in_the_file_or_the_registry_are_errors()
    {
        var admin = await AdminAsync();
        var existing = NextRegistration();
        var existingCompanyId = NextCompanyId();
        var first = await ImportAsync(admin, Csv(
            Row("تعاونی موجود", existing, "1390/01/01", existingCompanyId, "زنجان", "", "", "10", "1000000", TestNationalCodes.Next(), "مدیر", "")));
        Assert.True(first.Succeeded, Describe(first));

        var twice = NextRegistration();
        var twiceCompanyId = NextCompanyId();
        var fresh = NextRegistration();
        var result = await ImportAsync(admin, Csv(
            Row("تعاونی تکراری در سامانه", existing, "1390/01/01", "", "زنجان", "", "", "10", "1000000", TestNationalCodes.Next(), "مدیر", ""),
            Row("همان شماره در استان دیگر", existing, "1390/01/01", "", "تهران", "", "", "10", "1000000", TestNationalCodes.Next(), "مدیر", ""),
            Row("تعاونی الف", twice, "1390/01/01", twiceCompanyId, "زنجان", "", "", "10", "1000000", TestNationalCodes.Next(), "مدیر", ""),
            Row("تعاونی ب", PersianDigits.ToPersian(twice), "1390/01/01", twiceCompanyId, "زنجان", "", "", "10", "1000000", TestNationalCodes.Next(), "مدیر", ""),
            Row("تعاونی شناسه تکراری", fresh, "1390/01/01", existingCompanyId, "تهران", "", "", "10", "1000000", TestNationalCodes.Next(), "مدیر", "")));

        Assert.False(result.Succeeded);
        Assert.Equal(
        [
            (2, "شماره ثبت", ImportCooperativesHandler.DuplicateRegistrationInRegistry),
            (5, "شماره ثبت", ImportCooperativesHandler.DuplicateRegistrationInFile(4)),
            (5, "شناسه ملی", ImportCooperativesHandler.DuplicateCompanyIdInFile(4)),
            (6, "شناسه ملی", ImportCooperativesHandler.DuplicateCompanyIdInRegistry),
        ], result.Errors.Select(e => (e.Row, e.Column, e.Message)).ToList());
        await using var db = await OpenAsync();
        Assert.Equal(1, await db.Cooperatives.CountAsync(c => c.RegistrationNumber == existing));
        Assert.False(await db.Cooperatives.AnyAsync(c => c.RegistrationNumber == twice || c.RegistrationNumber == fresh));
    }

    [Fact]
    public async Task A_BOM_Persian_digits_and_header_spellings_are_accepted()
    {
        var admin = await AdminAsync();
        var registration = NextRegistration();
        var code = TestNationalCodes.Next();
        // Arabic ي/ك and extra spaces in the headers, CRLF line ends, blank lines, Persian digits everywhere.
        var header = " نام تعاوني , شماره  ثبت,تاريخ ثبت,شناسه ملی,استان,شهرستان,نوع فعالیت,تعداد اعضا,سرمایه(ریال),کد ملی مدیر عامل,نام مدیرعامل,پایان دوره هیأت مدیره";
        var text = header + "\r\n\r\n" + Row("تعاونی ارقام فارسی", PersianDigits.ToPersian(registration), "۱۳۹۸/۰۵/۱۲", "", "زنجان", "سلطانیه", "", "۱۵", "۲۵٬۰۰۰٬۰۰۰", PersianDigits.ToPersian(code), "مدیر فارسی", "۱۴۰۶/۰۱/۰۱") + "\r\n";
        byte[] bytes = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)];

        var result = await ImportAsync(admin, bytes);

        Assert.True(result.Succeeded, Describe(result));
        await using var db = await OpenAsync();
        var cooperative = await db.Cooperatives.AsNoTracking().Include(c => c.Managers).SingleAsync(c => c.RegistrationNumber == registration);
        Assert.Equal(15, cooperative.MembersCount);
        Assert.Equal(25_000_000, cooperative.Capital);
        Assert.Equal(JalaliDate.Parse("1398/05/12"), DateOnly.FromDateTime(cooperative.RegisteredAtUtc));
        Assert.Equal(code, Assert.Single(cooperative.Managers).NationalCode);
    }

    [Fact]
    public async Task Row_numbers_count_the_header_and_blank_lines_as_lines_of_the_file()
    {
        var admin = await AdminAsync();
        var text = Header + "\n\n" + Row("", NextRegistration(), "1390/01/01", "", "زنجان", "", "", "10", "1000000", TestNationalCodes.Next(), "مدیر", "") + "\n";

        var result = await ImportAsync(admin, Encoding.UTF8.GetBytes(text));

        Assert.Equal((3, "نام تعاونی"), result.Errors.Select(e => (e.Row, e.Column)).Single());
    }

    [Theory]
    [InlineData(Roles.Reviewer)]
    [InlineData(Roles.HeadOfOffice)]
    [InlineData(Roles.Applicant)]
    public async Task Only_an_admin_may_import(string role)
    {
        var user = await fixture.NewUserAsync(role, role == Roles.Applicant ? null : PortalDatabaseFixture.Zanjan);
        var registration = NextRegistration();

        var result = await ImportAsync(user, Csv(
            Row("تعاونی غیرمجاز", registration, "1390/01/01", "", "زنجان", "", "", "10", "1000000", TestNationalCodes.Next(), "مدیر", "")));

        Assert.Equal(ErrorKind.Forbidden, result.Kind);
        Assert.Equal(0, result.ImportedCount);
        await using var db = await OpenAsync();
        Assert.False(await db.Cooperatives.AnyAsync(c => c.RegistrationNumber == registration));
    }

    [Fact]
    public async Task The_account_with_the_managers_national_code_sees_the_cooperative_as_its_own()
    {
        var admin = await AdminAsync();
        var person = await fixture.NewUserAsync();
        var registration = NextRegistration();
        var result = await ImportAsync(admin, Csv(
            Row("تعاونی مدیر حساب‌دار", registration, "1390/01/01", "", "زنجان", "", "", "10", "1000000", person.NationalCode!, "کاربر آزمون", "")));
        Assert.True(result.Succeeded, Describe(result));

        var services = fixture.Factory.Services;
        var queries = new CooperativeQueries(fixture.Db, new FixedUser(person), services.GetRequiredService<IOptionsMonitor<SupervisionOptions>>(),
            new CoopPortal.Application.Common.Time.PortalClock(TimeProvider.System));
        var mine = await queries.MineAsync(default);

        var cooperative = Assert.Single(mine);
        Assert.Equal(registration, cooperative.RegistrationNumber);
        Assert.Equal("زنجان", cooperative.Province);
    }

    [Fact]
    public async Task Header_problems_are_reported_on_row_one_and_nothing_is_read_further()
    {
        var admin = await AdminAsync();
        var header = "نام تعاونی,شماره ثبت,تاریخ ثبت,استان,تعداد اعضا,سرمایه (ریال),کد ملی مدیرعامل,ستون ناشناخته";
        var result = await ImportAsync(admin, Encoding.UTF8.GetBytes(header + "\nالف,1,1390/01/01,زنجان,10,1000,0084575948,x\n"));

        Assert.Equal(
        [
            (1, "ستون ناشناخته"),
            (1, "نام مدیرعامل"),
        ], result.Errors.Select(e => (e.Row, e.Column)).ToList());
        Assert.Contains("نام مدیرعامل", result.Errors[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Empty_header_only_too_large_and_non_UTF8_files_get_one_Persian_message()
    {
        var admin = await AdminAsync();

        var empty = await ImportAsync(admin, []);
        var blank = await ImportAsync(admin, Encoding.UTF8.GetBytes("\r\n\r\n"));
        var headerOnly = await ImportAsync(admin, Encoding.UTF8.GetBytes(Header + "\r\n"));
        var tooLarge = await ImportAsync(admin, new byte[CooperativeImportFormat.MaxBytes + 1]);
        var windows1256 = await ImportAsync(admin, [.. Encoding.ASCII.GetBytes("a,b\n"), 0xE3, 0xCD, 0xE3, 0xCF, 0x0A]);

        Assert.Equal(ImportFileMessages.Empty, empty.Message);
        Assert.Equal(ImportFileMessages.Empty, blank.Message);
        Assert.Equal(ImportFileMessages.HeaderOnly, headerOnly.Message);
        Assert.Equal(ImportCooperativesHandler.TooLarge, tooLarge.Message);
        Assert.Equal(ImportFileMessages.NotUtf8, windows1256.Message);
        Assert.All(new[] { empty, blank, headerOnly, tooLarge, windows1256 }, r => Assert.Equal(ErrorKind.Validation, r.Kind));
    }

    [Fact]
    public async Task Broken_quoting_is_reported_for_its_row()
    {
        var admin = await AdminAsync();
        var good = Row("تعاونی درست", NextRegistration(), "1390/01/01", "", "زنجان", "", "", "10", "1000000", TestNationalCodes.Next(), "مدیر", "");
        var broken = $"تعاونی \"نیمه\"کاره,{NextRegistration()},1390/01/01,,زنجان,,,10,1000000,{TestNationalCodes.Next()},مدیر,";

        var result = await ImportAsync(admin, Csv(good, broken, good.Replace("تعاونی درست", "تعاونی درست دیگر", StringComparison.Ordinal)));

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Row == 3);
    }

    [Fact]
    public async Task The_error_list_is_capped_and_the_total_is_told()
    {
        var admin = await AdminAsync();
        var rows = Enumerable.Range(0, 250).Select(_ => Row("", NextRegistration(), "1390/01/01", "", "زنجان", "", "", "10", "1000000", TestNationalCodes.Next(), "مدیر", "")).ToArray();

        var result = await ImportAsync(admin, Csv(rows));

        Assert.Equal(250, result.TotalErrors);
        Assert.Equal(CooperativeImportFormat.MaxReportedErrors, result.Errors.Count);
        Assert.True(result.Truncated);
        Assert.Equal(201, result.Errors[^1].Row);
    }

    [Fact]
    public async Task The_sample_file_offered_to_admins_imports()
    {
        var admin = await AdminAsync();

        var result = await ImportAsync(admin, CooperativeImportFormat.SampleBytes());

        Assert.True(result.Succeeded, Describe(result));
        Assert.Equal(2, result.ImportedCount);
    }

    [Fact]
    public async Task The_page_and_the_sample_are_for_admins_only()
    {
        var admin = await fixture.SignedInClientAsync(await AdminAsync());
        var reviewer = await fixture.SignedInClientAsync(await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Zanjan));

        var page = await admin.Http.GetStringAsync(new Uri("/admin/cooperatives/import", UriKind.Relative));
        Assert.Contains("id=\"import-run\"", page, StringComparison.Ordinal);
        Assert.Matches("<div id=\"import-file\"><input [^>]*type=\"file\"[^>]*accept=\".csv,text/csv\"|<div id=\"import-file\"><input [^>]*accept=\".csv,text/csv\"[^>]*type=\"file\"", page);
        Assert.All(CooperativeImportFormat.Columns, c => Assert.Contains(c.Header, page, StringComparison.Ordinal));
        using var sample = await admin.Http.GetAsync(new Uri("/admin/cooperatives/import/sample.csv", UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.OK, sample.StatusCode);
        Assert.Equal("text/csv", sample.Content.Headers.ContentType?.MediaType);
        Assert.Equal(CooperativeImportFormat.SampleBytes(), await sample.Content.ReadAsByteArrayAsync());

        // A signed-in non-admin gets the portal's access-denied treatment for role pages, as /office does.
        using var refused = await reviewer.Http.GetAsync(new Uri("/admin/cooperatives/import", UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", refused.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        using var refusedSample = await reviewer.Http.GetAsync(new Uri("/admin/cooperatives/import/sample.csv", UriKind.Relative));
        Assert.NotEqual(System.Net.HttpStatusCode.OK, refusedSample.StatusCode);
        Assert.NotEqual(CooperativeImportFormat.SampleBytes(), await refusedSample.Content.ReadAsByteArrayAsync());
    }

    private Task<CurrentUserSnapshot> AdminAsync() => fixture.NewUserAsync(Roles.Admin);

    private Task<CooperativeImportResult> ImportAsync(ICurrentUser user, string csv, string fileName = "cooperatives.csv") =>
        ImportAsync(user, Encoding.UTF8.GetBytes(csv), fileName);

    private async Task<CooperativeImportResult> ImportAsync(ICurrentUser user, byte[] bytes, string fileName = "cooperatives.csv")
    {
        using var stream = new MemoryStream(bytes);
        return await new ImportCooperativesHandler(fixture.Db, new FixedUser(user), TimeProvider.System).HandleAsync(stream, fileName, default);
    }

    private async Task<AppDbContext> OpenAsync() =>
        await fixture.Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();

    private static string Describe(CooperativeImportResult result) =>
        result.Message + " " + string.Join(" | ", result.Errors.Select(e => $"{e.Row}/{e.Column}: {e.Message}"));

    private static string Csv(params string[] rows) => string.Join("\n", [Header, .. rows]) + "\n";

    private static string Row(params string[] cells) =>
        string.Join(',', cells.Select(c => c.Contains(',', StringComparison.Ordinal) || c.Contains('"', StringComparison.Ordinal) ? $"\"{c.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : c));

    private static string NextRegistration() => Interlocked.Increment(ref _registration).ToString(CultureInfo.InvariantCulture);

    /// <summary>A valid 11-digit company national ID, different on every call.</summary>
    private static string NextCompanyId()
    {
        var ten = Interlocked.Increment(ref _companyId).ToString("D10", CultureInfo.InvariantCulture);
        int[] coefficients = [29, 27, 23, 19, 17];
        var k = ten[9] - '0' + 2;
        var sum = 0;
        for (var i = 0; i < 10; i++)
        {
            sum += (k + (ten[i] - '0')) * coefficients[i % 5];
        }

        var remainder = sum % 11;
        return ten + (remainder == 10 ? 0 : remainder).ToString(CultureInfo.InvariantCulture);
    }

    private sealed class FixedUser(ICurrentUser user) : ICurrentUserService
    {
        public Task<ICurrentUser> GetAsync(CancellationToken cancellationToken) => Task.FromResult(user);
    }
}
