using System.Text;
using CoopPortal.Application.Common.Auditing;
using CoopPortal.Application.Common.Formatting;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Security;
using CoopPortal.Domain.Administration;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Users;
using CsvHelper;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Registry.Import;

/// <summary>
/// An administrator imports a member list (docs/features/members.md), all or nothing, in one pass over a streamed file:
/// each row is checked as it is read (row rules, the cooperative by province and registration number, a national code
/// twice for one cooperative) and, while no row has failed, written to the staging table by binary COPY. A file with any
/// error is refused with every problem by row, column and reason (the first 200 listed) and the staging is rolled back;
/// a good file is merged into the registry's members with one INSERT ... ON CONFLICT (re-importing updates names and
/// shares) and recorded in the import history, in one transaction. Memory stays flat apart from one key per member.
/// </summary>
public sealed class ImportMembersHandler(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, IMemberImportStaging staging, TimeProvider clock)
{
    public const string TooLarge = "حجم فایل فهرست اعضا بیش از ۱۰۰ مگابایت است. فایل را به چند فایل کوچک‌تر بخش کنید؛ هر فایل جداگانه وارد می‌شود.";
    public const string NothingImported = "هیچ عضوی وارد نشد";
    public const string UnknownCooperative = "تعاونی‌ای با این شماره ثبت در این استان در سامانه نیست؛ نخست خود تعاونی را وارد کنید.";
    public const string AdminsOnly = "فقط مدیر سامانه می‌تواند فهرست اعضای تعاونی‌ها را از فایل وارد کند.";

    public static string DuplicateInFile(int firstRow) => $"این کد ملی برای همین تعاونی در ردیف {PersianFormat.Number(firstRow)} همین فایل هم آمده است.";

    /// <summary>The audit subject of every member import (the import history lists it with the cooperatives' imports).</summary>
    public const string AuditSubject = "member-import";

    public static long MaxBytes => MemberImportFormat.MaxBytes;

    public async Task<CooperativeImportResult> HandleAsync(Stream content, string? fileName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var user = await currentUser.GetAsync(cancellationToken);
        if (!user.IsAuthenticated || !user.IsInRole(Roles.Admin))
        {
            return new CooperativeImportResult(Application.Common.Results.ErrorKind.Forbidden, 0, [], 0, AdminsOnly);
        }

        try
        {
            return await ImportAsync(new CappedStream(content, MaxBytes), user.UserId!, fileName, cancellationToken);
        }
        catch (CappedStream.TooLargeException)
        {
            return CooperativeImportResult.FileProblem(TooLarge);
        }
        catch (DecoderFallbackException)
        {
            return CooperativeImportResult.FileProblem(ImportFileMessages.NotUtf8);
        }
    }

    private async Task<CooperativeImportResult> ImportAsync(Stream content, string userId, string? fileName, CancellationToken cancellationToken)
    {
        var errors = new List<ImportError>();
        var total = 0;
        void Report(ImportError error)
        {
            total++;
            if (errors.Count < CooperativeImportFormat.MaxReportedErrors)
            {
                errors.Add(error);
            }
        }

        // Throws DecoderFallbackException on bytes that are not UTF-8; a UTF-8 BOM (the encoding's preamble) is skipped.
        using var text = new StreamReader(content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
        using var csv = CsvReader.Create(text, CsvTable.Options(error => Report(error)), leaveOpen: true);
        await using var lookups = await dbFactory.CreateAsync(cancellationToken);
        var cooperatives = new CooperativeKeys(lookups);
        MemberRowReader? reader = null;
        IMemberImportBatch? batch = null;
        var firstRow = new Dictionary<(Guid, string), int>();
        var rowErrors = new List<ImportError>();
        var now = clock.GetUtcNow().UtcDateTime;
        var provinces = new HashSet<int>();
        try
        {
            while (await csv.ReadAsync(cancellationToken))
            {
                var header = csv.Headers;
                if (reader is null)
                {
                    var headerErrors = new List<ImportError>();
                    var positions = ImportHeader.Match(header, MemberImportFormat.Columns, headerErrors);
                    if (headerErrors.Count > 0)
                    {
                        return CooperativeImportResult.Invalid(headerErrors, headerErrors.Count, NothingImported);
                    }

                    reader = new MemberRowReader(positions, await ReferenceAsync(lookups, cancellationToken), PersianFormat.LocalDate(now));
                    batch = await staging.StartAsync(cancellationToken);
                }

                var row = (int)csv.LineNumber;
                var cells = new string[csv.FieldCount];
                for (var i = 0; i < cells.Length; i++)
                {
                    cells[i] = csv.GetString(i) ?? string.Empty;
                }

                if (cells.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }

                if (cells.Length != header.Count)
                {
                    Report(ImportHeader.CellCountMismatch(row, cells.Length, header.Count));
                    continue;
                }

                rowErrors.Clear();
                if (reader.Read(row, cells, rowErrors) is not { } member)
                {
                    rowErrors.ForEach(Report);
                    continue;
                }

                if (await cooperatives.FindAsync(member.ProvinceId, member.RegistrationNumber, cancellationToken) is not { } cooperativeId)
                {
                    Report(new ImportError(row, MemberImportFormat.RegistrationNumber.Header, UnknownCooperative));
                    continue;
                }

                if (!firstRow.TryAdd((cooperativeId, member.NationalCode), row))
                {
                    Report(new ImportError(row, MemberImportFormat.NationalCode.Header, DuplicateInFile(firstRow[(cooperativeId, member.NationalCode)])));
                    continue;
                }

                provinces.Add(member.ProvinceId);
                if (total == 0)
                {
                    await batch!.WriteAsync(cooperativeId, member.NationalCode, member.FullName, member.Shares, member.JoinedOn, cancellationToken);
                }
            }

            if (reader is null || batch is null)
            {
                return total > 0
                    ? CooperativeImportResult.Invalid(errors, total, NothingImported)
                    : CooperativeImportResult.FileProblem(csv.Headers.All(string.IsNullOrWhiteSpace) ? ImportFileMessages.Empty : ImportFileMessages.HeaderOnly);
            }

            if (total > 0)
            {
                return CooperativeImportResult.Invalid(errors, total, NothingImported);
            }

            if (firstRow.Count == 0)
            {
                return CooperativeImportResult.FileProblem(ImportFileMessages.HeaderOnly);
            }

            var audit = new AuditEntry(now, userId, AuditArea.Registry, AuditSubject, Describe(fileName, firstRow.Count), oldValue: null,
                await ProvinceNamesAsync(lookups, provinces, cooperatives.Count, cancellationToken));
            var merged = await batch.CommitAsync(audit, now, cancellationToken);
            return CooperativeImportResult.Imported(merged.Added, merged.Updated);
        }
        finally
        {
            if (batch is not null)
            {
                await batch.DisposeAsync();
            }
        }
    }

    private static async Task<ImportReferenceData> ReferenceAsync(IAppDbContext db, CancellationToken cancellationToken) => new(
        (await db.Provinces.AsNoTracking().Select(p => new { p.Id, p.Name }).ToListAsync(cancellationToken)).Select(p => (p.Id, p.Name)), [], []);

    private static string Describe(string? fileName, int count)
    {
        var name = AuditHistory.Truncate(PersianText.Normalize(Path.GetFileName(fileName ?? string.Empty)), 120);
        return name.Length == 0
            ? $"ورود فهرست {PersianFormat.Number(count)} عضو از فایل CSV"
            : $"ورود فهرست {PersianFormat.Number(count)} عضو از فایل «{name}»";
    }

    /// <summary>The provinces of the cooperatives whose members came in, and how many cooperatives: «زنجان (۱ تعاونی)».</summary>
    private static async Task<string> ProvinceNamesAsync(IAppDbContext db, HashSet<int> provinces, int cooperatives, CancellationToken cancellationToken)
    {
        var names = await db.Provinces.AsNoTracking().Where(p => provinces.Contains(p.Id)).OrderBy(p => p.Name).Select(p => p.Name).ToListAsync(cancellationToken);
        return AuditHistory.Truncate($"{string.Join("، ", names)} ({PersianFormat.Number(cooperatives)} تعاونی)");
    }

    /// <summary>The cooperatives named by the file, looked up once each (province and registration number).</summary>
    private sealed class CooperativeKeys(IAppDbContext db)
    {
        private readonly Dictionary<(int, string), Guid?> _found = [];

        public int Count => _found.Values.Count(v => v is not null);

        public async ValueTask<Guid?> FindAsync(int provinceId, string registrationNumber, CancellationToken cancellationToken)
        {
            if (!_found.TryGetValue((provinceId, registrationNumber), out var id))
            {
                id = await db.Cooperatives.AsNoTracking()
                    .Where(c => c.ProvinceId == provinceId && c.RegistrationNumber == registrationNumber)
                    .Select(c => (Guid?)c.Id).SingleOrDefaultAsync(cancellationToken);
                _found[(provinceId, registrationNumber)] = id;
            }

            return id;
        }
    }
}
