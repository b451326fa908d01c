using CoopPortal.Testing;
using System.Globalization;
using System.Text;
using CoopPortal.Application.Common.Documents;
using CoopPortal.Application.Common.Formatting;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Spreadsheets;
using CoopPortal.Application.Statistics.Common;
using CoopPortal.Application.Statistics.Dashboard;
using CoopPortal.Application.Statistics.Export;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Users;
using CoopPortal.Infrastructure.Persistence;
using CoopPortal.IntegrationTests.Common;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopPortal.IntegrationTests.Statistics;

/// <summary>
/// The statistics exports on a real database, opened again: the CSV parsed with CsvHelper, the workbook read with the
/// Open XML SDK, the PDF's text extracted with PdfPig. Their numbers equal the report's and the counts the test makes
/// itself from the rows of provinces no other test uses (29, and 28 for the other office).
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class ExportTests(PortalDatabaseFixture fixture)
{
    private const int Province = 29;
    private const int OtherProvince = 28;
    private const int Year = 1403;
    private const string Counties = "formed-by-county";
    private const string Members = "members";

    private async Task<AppDbContext> DbAsync() =>
        await fixture.Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();

    private sealed class FixedUser(ICurrentUser user) : ICurrentUserService
    {
        public Task<ICurrentUser> GetAsync(CancellationToken cancellationToken) => Task.FromResult(user);
    }

    private (ExportStatisticsHandler Export, StatisticsReportQuery Report) As(ICurrentUser user)
    {
        var services = fixture.Factory.Services;
        var current = new FixedUser(user);
        var context = new CoopPortal.Application.Common.Time.PortalClock(TimeProvider.System);
        var report = new StatisticsReportQuery(
            new DashboardQuery(fixture.Reads, current, services.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<Application.Supervision.Common.SupervisionOptions>>(), context),
            fixture.Db,
            context);
        var printer = new DocumentPrinter(services.GetRequiredService<IDocumentTemplates>(), services.GetRequiredService<IPdfRenderer>());
        return (new ExportStatisticsHandler(report, current, services.GetRequiredService<ISpreadsheetWriter>(), printer), report);
    }

    private async Task SeedAsync(int province)
    {
        int[] counties;
        await using (var db = await DbAsync())
        {
            counties = await db.Counties.Where(c => c.ProvinceId == province).OrderBy(c => c.Id).Select(c => c.Id).Take(2).ToArrayAsync();
        }

        (int? County, string On, int Members)[] rows =
        [
            (counties[0], "1403/02/10", 12), (counties[0], "1403/11/20", 7), (counties[1], "1403/06/01", 1250),
            (null, "1403/08/08", 9), (counties[1], "1402/12/25", 15), (counties[0], "1404/01/05", 11),
        ];
        await using (var db = await DbAsync())
        {
            foreach (var (county, on, members) in rows)
            {
                db.Cooperatives.Add(Cooperative.Import(new ImportedCooperative(
                    "تعاونی خروجی " + Guid.NewGuid().ToString("N")[..8], TestNumbers.RegistrationNumber(),
                    JalaliDate.Parse(on)!.Value, null, province, county, null, members, 100_000_000, TestNationalCodes.Next(), "مدیر آزمون", null), DateTime.UtcNow));
            }

            await db.SaveChangesAsync();
        }

        var applicant = await fixture.NewUserAsync();
        await CompleteApplications.SubmitAsync(fixture.Factory.Services, applicant.UserId!, applicant.NationalCode!, province, [DateTime.UtcNow.AddDays(-3)]);
    }

    /// <summary>Cooperatives formed per county in the year, counted here from the rows (not by the dashboard's SQL).</summary>
    private async Task<Dictionary<string, long>> CountedFormedByCountyAsync(int province)
    {
        await using var db = await DbAsync();
        var cooperatives = await db.Cooperatives.AsNoTracking().Where(c => c.ProvinceId == province).Select(c => new { c.CountyId, c.RegisteredAtUtc }).ToListAsync();
        var names = await db.Counties.AsNoTracking().Where(c => c.ProvinceId == province).ToDictionaryAsync(c => c.Id, c => c.Name);
        return cooperatives
            .Where(c => JalaliDate.YearOf(PersianFormat.LocalDate(c.RegisteredAtUtc)) == Year)
            .GroupBy(c => c.CountyId is { } id ? names[id] : DashboardQuery.UnknownCounty)
            .ToDictionary(g => g.Key, g => (long)g.Count());
    }

    private async Task<(long Cooperatives, long Members)> CountedMembersAsync(int province)
    {
        await using var db = await DbAsync();
        var members = await db.Cooperatives.AsNoTracking().Where(c => c.ProvinceId == province).Select(c => c.MembersCount).ToListAsync();
        return (members.Count, members.Sum(m => (long)(m ?? 0)));
    }

    private async Task<string> ProvinceNameAsync(int province)
    {
        await using var db = await DbAsync();
        return await db.Provinces.Where(p => p.Id == province).Select(p => p.Name).SingleAsync();
    }

    /// <summary>The label → count rows of a two-column table of the report.</summary>
    private static Dictionary<string, long> Lines(ReportTable table) =>
        table.Rows.ToDictionary(r => (string)r[0]!, r => Convert.ToInt64(r[1], CultureInfo.InvariantCulture));

    private static List<string[]> ReadCsv(byte[] bytes)
    {
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        using var reader = CsvReader.Create(bytes.AsMemory(3), CsvReaderOptions.Default with { HasHeader = false });
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetString(i) ?? string.Empty).ToArray());
        }

        return rows;
    }

    /// <summary>Each table of a CSV file by its title: the rows under its header (data and total).</summary>
    private static Dictionary<string, List<string[]>> CsvTables(List<string[]> rows)
    {
        var tables = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        for (var i = 1; i < rows.Count; i++)
        {
            if (rows[i].All(c => c.Length == 0) && i + 2 < rows.Count)
            {
                var body = rows.Skip(i + 3).TakeWhile(r => r.Any(c => c.Length > 0)).ToList();
                tables[rows[i + 1][0]] = body;
            }
        }

        return tables;
    }

    [Fact]
    public async Task The_csv_of_the_whole_report_holds_every_table_with_the_reports_numbers_and_the_counted_rows()
    {
        await SeedAsync(Province);
        var head = As(await fixture.NewUserAsync(Roles.HeadOfOffice, Province));

        var result = await head.Export.HandleAsync(ExportFormat.Csv, null, null, Year, default);
        var report = (await head.Report.HandleAsync(null, Year, default)).Value!;

        Assert.True(result.Succeeded, result.Message);
        var file = result.Value!;
        Assert.Equal("text/csv; charset=utf-8", file.ContentType);
        Assert.Equal("statistics-1403.csv", file.FileName);
        var scope = await ProvinceNameAsync(Province);
        Assert.Equal($"آمار {scope} ۱۴۰۳.csv", file.PersianFileName);

        var rows = ReadCsv(file.Content);
        Assert.Equal("آمار و گزارش‌ها", rows[0][0]);
        Assert.Equal("محدوده: " + scope, rows[0][1]);
        Assert.Equal("سال: 1403", rows[0][2]);
        Assert.Matches(@"^تهیه‌شده در 14\d\d/\d\d/\d\d \d\d:\d\d به وقت ایران$", rows[0][3]);

        var tables = CsvTables(rows);
        Assert.Equal(report.Tables.Select(t => t.Title), tables.Keys);
        foreach (var table in report.Tables)
        {
            var body = tables[table.Title];
            var expected = table.Rows.Concat(table.Total is { } total ? [total] : []).ToList();
            Assert.Equal(expected.Count, body.Count);
            for (var r = 0; r < expected.Count; r++)
            {
                Assert.Equal((string)expected[r][0]!, body[r][0]);
                Assert.Equal(Convert.ToInt64(expected[r][1], CultureInfo.InvariantCulture), long.Parse(body[r][1], NumberStyles.None, CultureInfo.InvariantCulture));
            }
        }

        var counted = await CountedFormedByCountyAsync(Province);
        var counties = tables[report.Find(Counties)!.Title];
        Assert.Equal(counted, counties.SkipLast(1).ToDictionary(r => r[0], r => long.Parse(r[1], CultureInfo.InvariantCulture)));
        Assert.Equal(["جمع", counted.Values.Sum().ToString(CultureInfo.InvariantCulture)], counties[^1][..2]);
        var (cooperatives, members) = await CountedMembersAsync(Province);
        var membersTable = tables[report.Find(Members)!.Title];
        Assert.Equal(cooperatives.ToString(CultureInfo.InvariantCulture), membersTable[0][1]);
        Assert.Equal(members.ToString(CultureInfo.InvariantCulture), membersTable[1][1]);
        Assert.True(members >= 1250, "the seeded 1250 members are written without separators");
    }

    [Fact]
    public async Task The_workbook_has_one_right_to_left_sheet_per_table_with_numeric_cells_equal_to_the_report_and_the_rows()
    {
        await SeedAsync(Province);
        var admin = As(await fixture.NewUserAsync(Roles.Admin));

        var result = await admin.Export.HandleAsync(ExportFormat.Xlsx, null, Province, Year, default);
        var report = (await admin.Report.HandleAsync(Province, Year, default)).Value!;

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal(ExportFormats.XlsxContentType, result.Value!.ContentType);
        Assert.Equal("statistics-1403.xlsx", result.Value.FileName);
        var sheets = XlsxInspection.Read(result.Value.Content);
        Assert.Equal(report.Tables.Count, sheets.Count);
        Assert.Equal(sheets.Count, sheets.Select(s => s.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        for (var t = 0; t < report.Tables.Count; t++)
        {
            var (table, sheet) = (report.Tables[t], sheets[t]);
            Assert.True(sheet.RightToLeft, sheet.Name);
            Assert.InRange(sheet.Name.Length, 1, 31);
            Assert.StartsWith(System.Text.RegularExpressions.Regex.Replace(sheet.Name, @" \(\d+\)$", string.Empty), table.Title, StringComparison.Ordinal); // a repeated name gets « (2)»
            Assert.Equal(table.Title, sheet["A1"]!.Text);
            Assert.True(sheet["A1"]!.Bold);
            Assert.Equal("محدوده: " + report.Scope, sheet["A2"]!.Text);
            Assert.Equal("سال: 1403", sheet["B2"]!.Text);
            Assert.Equal(table.Columns.Select(c => c.Title), sheet.Row(StatisticsWorkbook.HeaderRow).Select(c => c.Text));
            Assert.All(sheet.Row(StatisticsWorkbook.HeaderRow), c => Assert.True(c.Bold));

            var expected = table.Rows.Concat(table.Total is { } total ? [total] : []).ToList();
            Assert.Equal(StatisticsWorkbook.HeaderRow + expected.Count, sheet.LastRow);
            for (var r = 0; r < expected.Count; r++)
            {
                var row = StatisticsWorkbook.HeaderRow + 1 + r;
                var label = sheet[$"A{row}"]!;
                var count = sheet[$"B{row}"]!;
                Assert.False(label.IsNumber);
                Assert.Equal((string)expected[r][0]!, label.Text);
                Assert.True(count.IsNumber, $"{sheet.Name} B{row} is stored as a number");
                Assert.Equal(3u, count.NumberFormatId); // #,##0
                Assert.Equal(Convert.ToDouble(expected[r][1], CultureInfo.InvariantCulture), count.Number);
                var isTotal = table.Total is not null && r == expected.Count - 1;
                Assert.Equal(isTotal, label.Bold);
                Assert.Equal(isTotal, count.Bold);
            }
        }

        var counted = await CountedFormedByCountyAsync(Province);
        var counties = sheets[report.Tables.ToList().IndexOf(report.Find(Counties)!)];
        var lines = Enumerable.Range(StatisticsWorkbook.HeaderRow + 1, counted.Count).ToDictionary(r => counties[$"A{r}"]!.Text, r => (long)counties[$"B{r}"]!.Number!.Value);
        Assert.Equal(counted, lines);
        Assert.Equal(counted.Values.Sum(), counties[$"B{StatisticsWorkbook.HeaderRow + counted.Count + 1}"]!.Number);
        var (cooperatives, members) = await CountedMembersAsync(Province);
        var membersSheet = sheets[report.Tables.ToList().IndexOf(report.Find(Members)!)];
        Assert.Equal(cooperatives, membersSheet[$"B{StatisticsWorkbook.HeaderRow + 1}"]!.Number);
        Assert.Equal(members, membersSheet[$"B{StatisticsWorkbook.HeaderRow + 2}"]!.Number);
    }

    [Fact]
    public async Task The_pdf_of_one_table_prints_its_title_scope_and_numbers_in_persian_digits()
    {
        await SeedAsync(Province);
        var head = As(await fixture.NewUserAsync(Roles.HeadOfOffice, Province));

        var result = await head.Export.HandleAsync(ExportFormat.Pdf, Counties, null, Year, default);
        var report = (await head.Report.HandleAsync(null, Year, default)).Value!;

        Assert.True(result.Succeeded, result.Message);
        var file = result.Value!;
        Assert.Equal("application/pdf", file.ContentType);
        Assert.Equal("statistics-1403-formed-by-county.pdf", file.FileName);
        Assert.Equal((595, 842), PdfInspection.FirstPageSizeInPoints(file.Content));
        Assert.True(PdfInspection.HasJoinedLetters(file.Content));
        PdfInspection.FirstPageToPng(file.Content, "statistics-formed-by-county");
        var text = PdfInspection.Text(file.Content);
        AssertPrinted("آمار و گزارش‌ها", text);
        AssertPrinted("محدوده " + report.Scope, text);
        AssertPrinted(PersianFormat.Digits(report.Find(Counties)!.Title), text);
        AssertPrinted("سال ۱۴۰۳", text);
        Assert.DoesNotContain(Squeezed(report.Find(Members)!.Title), Squeezed(text), StringComparison.Ordinal);

        var counted = await CountedFormedByCountyAsync(Province);
        Assert.Equal(counted, Lines(report.Find(Counties)!));
        foreach (var (county, count) in counted.Append(new("جمع", counted.Values.Sum())))
        {
            AssertRowPrinted(county, PersianFormat.Number(count), text);
        }
    }

    [Fact]
    public async Task The_pdf_of_the_whole_report_prints_every_table_with_its_numbers()
    {
        await SeedAsync(Province);
        var admin = As(await fixture.NewUserAsync(Roles.Admin));

        var result = await admin.Export.HandleAsync(ExportFormat.Pdf, null, Province, Year, default);
        var report = (await admin.Report.HandleAsync(Province, Year, default)).Value!;

        Assert.True(result.Succeeded, result.Message);
        var text = PdfInspection.Text(result.Value!.Content);
        Assert.True(File.Exists(PdfInspection.FirstPageToPng(result.Value.Content, "statistics-report")));
        Assert.True(PdfInspection.PageCount(result.Value.Content) >= 2);
        foreach (var table in report.Tables)
        {
            AssertPrinted(PersianFormat.Digits(table.Title), text);
            foreach (var row in table.Rows.Concat(table.Total is { } total ? [total] : []))
            {
                AssertRowPrinted((string)row[0]!, PersianFormat.Number(Convert.ToInt64(row[1], CultureInfo.InvariantCulture)), text);
            }
        }

        var (_, members) = await CountedMembersAsync(Province);
        Assert.Contains(PersianFormat.Number(members), text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_general_assemblies_per_county_are_exported_with_persian_headers_in_csv_and_as_numbers_in_excel()
    {
        // Only this test writes assemblies in the province, in 1402.
        const int year = 1402;
        var seeded = new SeededAssemblies(fixture);
        var counties = await seeded.CountiesAsync(Province);
        await seeded.AddAsync(Province, counties[0].Id, JalaliDate.Parse("1402/04/01")!.Value,
            SeededAssemblies.Outcome.HeldSupervised, SeededAssemblies.Outcome.HeldDespiteIrregularities, SeededAssemblies.Outcome.Cancelled);
        await seeded.AddAsync(Province, counties[1].Id, JalaliDate.Parse("1402/09/09")!.Value, SeededAssemblies.Outcome.HeldUnsupervised);
        string[] headers = ["شهرستان", "برگزارشده (صورت‌جلسه تأییدشده)", "با نظارت (گزارش ناظر ثبت شد)", "با گزارش تخلف ناظر", "لغوشده"];
        string[][] expected =
        [
            [counties[0].Name, "2", "2", "1", "1"],
            [counties[1].Name, "1", "0", "0", "0"],
            [DashboardTables.Total, "3", "2", "1", "1"],
        ];
        var head = As(await fixture.NewUserAsync(Roles.HeadOfOffice, Province));

        var csv = await head.Export.HandleAsync(ExportFormat.Csv, DashboardTables.AssembliesKey, null, year, default);
        Assert.True(csv.Succeeded, csv.Message);
        Assert.Equal("statistics-1402-assemblies.csv", csv.Value!.FileName);
        var rows = ReadCsv(csv.Value.Content);
        var (title, body) = CsvTables(rows).Single();
        Assert.Equal("مجامع عمومی سال ۱۴۰۲ به تفکیک شهرستان", title);
        Assert.Equal(headers, rows[rows.FindIndex(r => r[0] == title) + 1][..headers.Length]); // rows are padded to the widest
        Assert.Equal(expected, body.Select(r => r[..headers.Length]));

        var xlsx = await head.Export.HandleAsync(ExportFormat.Xlsx, null, null, year, default);
        Assert.True(xlsx.Succeeded, xlsx.Message);
        var report = (await head.Report.HandleAsync(null, year, default)).Value!;
        var sheet = XlsxInspection.Read(xlsx.Value!.Content)[report.Tables.ToList().IndexOf(report.Find(DashboardTables.AssembliesKey)!)];
        Assert.Equal(title, sheet["A1"]!.Text);
        Assert.Equal(headers, sheet.Row(StatisticsWorkbook.HeaderRow).Select(c => c.Text));
        for (var r = 0; r < expected.Length; r++)
        {
            var cells = sheet.Row(StatisticsWorkbook.HeaderRow + 1 + r);
            Assert.Equal(expected[r][0], cells[0].Text);
            Assert.All(cells.Skip(1), c => Assert.True(c.IsNumber));
            Assert.Equal(expected[r].Skip(1).Select(v => double.Parse(v, CultureInfo.InvariantCulture)), cells.Skip(1).Select(c => c.Number!.Value));
            Assert.Equal(r == expected.Length - 1, cells[0].Bold);
        }
    }

    [Fact]
    public async Task A_head_of_office_asking_for_another_province_gets_their_own()
    {
        await SeedAsync(Province);
        await SeedAsync(OtherProvince);
        var other = As(await fixture.NewUserAsync(Roles.HeadOfOffice, OtherProvince));

        var result = await other.Export.HandleAsync(ExportFormat.Csv, Members, Province, Year, default);

        Assert.True(result.Succeeded, result.Message);
        var rows = ReadCsv(result.Value!.Content);
        Assert.Equal("محدوده: " + await ProvinceNameAsync(OtherProvince), rows[0][1]);
        var (cooperatives, members) = await CountedMembersAsync(OtherProvince);
        var table = CsvTables(rows).Single().Value;
        Assert.Equal(cooperatives.ToString(CultureInfo.InvariantCulture), table[0][1]);
        Assert.Equal(members.ToString(CultureInfo.InvariantCulture), table[1][1]);
        Assert.StartsWith($"آمار {await ProvinceNameAsync(OtherProvince)} ۱۴۰۳", result.Value.PersianFileName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reviewer_and_an_applicant_are_refused_with_a_persian_message()
    {
        foreach (var user in new[] { await fixture.NewUserAsync(Roles.Reviewer, Province), await fixture.NewUserAsync() })
        {
            foreach (var format in Enum.GetValues<ExportFormat>())
            {
                var result = await As(user).Export.HandleAsync(format, null, Province, Year, default);

                Assert.Equal(ErrorKind.Forbidden, result.Kind);
                Assert.Equal(DashboardQuery.NotAllowed, result.Message);
                Assert.Null(result.Value);
            }
        }
    }

    [Fact]
    public async Task An_unknown_table_is_not_found()
    {
        var admin = As(await fixture.NewUserAsync(Roles.Admin));

        var result = await admin.Export.HandleAsync(ExportFormat.Xlsx, "no-such-table", null, Year, default);

        Assert.Equal(ErrorKind.NotFound, result.Kind);
        Assert.False(string.IsNullOrEmpty(result.Message));
    }

    [Fact]
    public async Task The_address_sends_the_file_with_an_ascii_and_a_persian_name_and_refuses_others()
    {
        await SeedAsync(Province);
        var admin = await fixture.SignedInClientAsync(await fixture.NewUserAsync(Roles.Admin));

        using var response = await admin.Http.GetAsync(new Uri($"/statistics/export/xlsx?table={Counties}&province={Province}&year={Year}", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ExportFormats.XlsxContentType, response.Content.Headers.ContentType!.MediaType);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal("statistics-1403-formed-by-county.xlsx", disposition.FileName!.Trim('"'));
        Assert.Equal($"آمار {await ProvinceNameAsync(Province)} ۱۴۰۳ - تعاونی‌های تشکیل‌شده در سال ۱۴۰۳ به تفکیک شهرستان.xlsx", disposition.FileNameStar);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        var sheet = Assert.Single(XlsxInspection.Read(await response.Content.ReadAsByteArrayAsync()));
        Assert.Equal(await CountedFormedByCountyAsync(Province), Enumerable.Range(StatisticsWorkbook.HeaderRow + 1, sheet.LastRow - StatisticsWorkbook.HeaderRow - 1)
            .ToDictionary(r => sheet[$"A{r}"]!.Text, r => (long)sheet[$"B{r}"]!.Number!.Value));

        using var unknownTable = await admin.Http.GetAsync(new Uri($"/statistics/export/csv?table=nothing&year={Year}", UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, unknownTable.StatusCode);
        using var unknownFormat = await admin.Http.GetAsync(new Uri($"/statistics/export/docx?year={Year}", UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, unknownFormat.StatusCode);

        var reviewer = await fixture.SignedInClientAsync(await fixture.NewUserAsync(Roles.Reviewer, Province));
        using var refused = await reviewer.Http.GetAsync(new Uri($"/statistics/export/csv?year={Year}", UriKind.Relative));
        Assert.NotEqual(System.Net.HttpStatusCode.OK, refused.StatusCode);
        Assert.NotEqual("text/csv", refused.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>
    /// Text without spaces and zero-width non-joiners, for comparing with what PdfPig reads back: a non-joiner has no
    /// glyph and comes back as nothing or as a word break.
    /// </summary>
    private static string Squeezed(string text) =>
        new(text.Where(c => c is not ('\u200C' or ' ' or '(' or ')')).ToArray()); // right-to-left extraction may mirror brackets

    private static void AssertPrinted(string expected, string pdfText) =>
        Assert.Contains(Squeezed(expected), Squeezed(pdfText), StringComparison.Ordinal);

    /// <summary>Some line of the PDF holds the label and, as a word of its own, the number.</summary>
    private static void AssertRowPrinted(string label, string number, string pdfText) =>
        Assert.Contains(pdfText.Split('\n'), l => Squeezed(l).Contains(Squeezed(label), StringComparison.Ordinal) && l.Split(' ').Contains(number));
}
