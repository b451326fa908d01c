using CoopPortal.Application.Common.Auditing;
using CoopPortal.Application.Common.Formatting;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Security;
using CoopPortal.Domain.Administration;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Registry.Import;

/// <summary>
/// An administrator imports existing cooperatives (registered before the portal) from a CSV file, all or nothing:
/// every row is checked first (format, reference data, duplicates inside the file and against the registry), and
/// when any row fails nothing is written and every problem is reported by row, column and reason. Otherwise all rows
/// are added in one SaveChanges (one transaction). Each cooperative's CEO becomes its manager by national code. The
/// same transaction writes an audit line: who imported which file, how many cooperatives, of which provinces.
/// </summary>
public sealed class ImportCooperativesHandler(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, TimeProvider clock)
{
    public const string TooLarge = "حجم فایل بیش از ۵ مگابایت است. فایل را به چند فایل کوچک‌تر بخش کنید؛ هر فایل جداگانه وارد می‌شود.";
    public const string ChangedMeanwhile = "هم‌زمان تعاونی‌ای با همین شماره ثبت یا شناسه ملی ثبت شد؛ هیچ تعاونی‌ای وارد نشد. فایل را دوباره بارگذاری کنید تا خطاها دقیق نشان داده شوند.";
    public static string DuplicateRegistrationInFile(int firstRow) => $"این شماره ثبت در همین استان در ردیف {PersianFormat.Number(firstRow)} همین فایل هم آمده است.";
    public const string DuplicateRegistrationInRegistry = "تعاونی‌ای با این شماره ثبت در این استان پیش‌تر در سامانه ثبت شده است.";
    public static string DuplicateCompanyIdInFile(int firstRow) => $"این شناسه ملی در ردیف {PersianFormat.Number(firstRow)} همین فایل هم آمده است.";
    public const string DuplicateCompanyIdInRegistry = "تعاونی‌ای با این شناسه ملی پیش‌تر در سامانه ثبت شده است.";

    public static long MaxBytes => CooperativeImportFormat.MaxBytes;

    /// <summary>The audit subject of every import (the file's name is in the description: names repeat).</summary>
    public const string AuditSubject = "cooperative-import";

    /// <summary>Imports the file; <paramref name="fileName"/> is only recorded (the browser's name for it).</summary>
    public async Task<CooperativeImportResult> HandleAsync(Stream content, string? fileName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var user = await currentUser.GetAsync(cancellationToken);
        if (!user.IsAuthenticated || !user.IsInRole(Roles.Admin))
        {
            return CooperativeImportResult.Forbidden();
        }

        var bytes = await Application.Common.Files.UploadIntake.ReadAtMostAsync(content, MaxBytes + 1, cancellationToken);
        if (bytes.Length > MaxBytes)
        {
            return CooperativeImportResult.FileProblem(TooLarge);
        }

        var table = CsvTable.Read(bytes, out var fileProblem);
        if (fileProblem is not null)
        {
            return CooperativeImportResult.FileProblem(fileProblem);
        }

        var errors = new List<ImportError>(table.Problems);
        var positions = ImportHeader.Match(table.Header, CooperativeImportFormat.Columns, errors);
        if (errors.Any(e => e.Row == ImportHeader.Row))
        {
            return CooperativeImportResult.Invalid(errors);
        }

        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var reference = new ImportReferenceData(
            (await db.Provinces.AsNoTracking().Select(p => new { p.Id, p.Name }).ToListAsync(cancellationToken)).Select(p => (p.Id, p.Name)),
            (await db.Counties.AsNoTracking().Select(c => new { c.Id, c.Name, c.ProvinceId }).ToListAsync(cancellationToken)).Select(c => (c.Id, c.Name, c.ProvinceId)),
            (await db.ActivityTypes.AsNoTracking().Where(a => a.IsActive).Select(a => new { a.Id, a.Title, a.Code }).ToListAsync(cancellationToken)).Select(a => (a.Id, a.Title, a.Code)));
        var reader = new CooperativeRowReader(positions, reference, PersianFormat.LocalDate(clock.GetUtcNow().UtcDateTime));
        var rows = new List<(int Row, ImportedCooperative Cooperative)>();
        foreach (var row in table.Rows)
        {
            if (row.Cells.Length != table.Header.Length)
            {
                errors.Add(ImportHeader.CellCountMismatch(row.Row, row.Cells.Length, table.Header.Length));
                continue;
            }

            if (reader.Read(row, errors) is { } cooperative)
            {
                rows.Add((row.Row, cooperative));
            }
        }

        await FindDuplicatesAsync(db, rows, errors, cancellationToken);
        if (errors.Count > 0)
        {
            return CooperativeImportResult.Invalid(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (_, row) in rows)
        {
            db.Cooperatives.Add(Cooperative.Import(row, now));
        }

        db.AuditEntries.Add(new AuditEntry(now, user.UserId!, AuditArea.Registry, AuditSubject,
            Describe(fileName, rows.Count), oldValue: null, ProvinceCounts(rows.Select(r => r.Cooperative), reference)));

        try
        {
            // One SaveChanges: EF Core runs all the inserts in one transaction, so a failure leaves nothing behind.
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A unique index (province + registration number, company national ID) caught a row added since the checks.
            return CooperativeImportResult.Conflict(ChangedMeanwhile);
        }

        return CooperativeImportResult.Imported(rows.Count);
    }

    private static string Describe(string? fileName, int count)
    {
        var name = AuditHistory.Truncate(PersianText.Normalize(Path.GetFileName(fileName ?? string.Empty)), 120);
        return name.Length == 0
            ? $"ورود {PersianFormat.Number(count)} تعاونی از فایل CSV"
            : $"ورود {PersianFormat.Number(count)} تعاونی از فایل «{name}»";
    }

    /// <summary>How many cooperatives of each province the file added, largest first: «زنجان: ۲، تهران: ۱».</summary>
    private static string ProvinceCounts(IEnumerable<ImportedCooperative> rows, ImportReferenceData reference)
    {
        return AuditHistory.Truncate(string.Join("، ", rows.GroupBy(r => r.ProvinceId)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
            .Select(g => $"{reference.ProvinceNames.GetValueOrDefault(g.Key, "—")}: {PersianFormat.Number(g.Count())}")));
    }

    /// <summary>The same registration number in one province, or the same company national ID, twice in the file or already in the registry.</summary>
    private static async Task FindDuplicatesAsync(IAppDbContext db, List<(int Row, ImportedCooperative Cooperative)> rows, List<ImportError> errors, CancellationToken cancellationToken)
    {
        var seenRegistration = new Dictionary<(int, string), int>();
        var seenCompanyId = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (row, c) in rows)
        {
            if (!seenRegistration.TryAdd((c.ProvinceId, c.RegistrationNumber), row))
            {
                errors.Add(new ImportError(row, CooperativeImportFormat.RegistrationNumber.Header,
                    DuplicateRegistrationInFile(seenRegistration[(c.ProvinceId, c.RegistrationNumber)])));
            }

            if (c.CompanyNationalId is { } id && !seenCompanyId.TryAdd(id, row))
            {
                errors.Add(new ImportError(row, CooperativeImportFormat.CompanyNationalId.Header,
                    DuplicateCompanyIdInFile(seenCompanyId[id])));
            }
        }

        var numbers = rows.Select(r => r.Cooperative.RegistrationNumber).Distinct().ToList();
        var existingRegistrations = new HashSet<(int, string)>();
        foreach (var chunk in numbers.Chunk(1000))
        {
            var found = await db.Cooperatives.AsNoTracking()
                .Where(c => c.RegistrationNumber != null && chunk.Contains(c.RegistrationNumber))
                .Select(c => new { c.ProvinceId, c.RegistrationNumber })
                .ToListAsync(cancellationToken);
            existingRegistrations.UnionWith(found.Select(f => (f.ProvinceId, f.RegistrationNumber!)));
        }

        var companyIds = rows.Where(r => r.Cooperative.CompanyNationalId is not null).Select(r => r.Cooperative.CompanyNationalId!).Distinct().ToList();
        var existingCompanyIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in companyIds.Chunk(1000))
        {
            existingCompanyIds.UnionWith(await db.Cooperatives.AsNoTracking()
                .Where(c => c.CompanyNationalId != null && chunk.Contains(c.CompanyNationalId))
                .Select(c => c.CompanyNationalId!)
                .ToListAsync(cancellationToken));
        }

        foreach (var (row, c) in rows)
        {
            if (existingRegistrations.Contains((c.ProvinceId, c.RegistrationNumber)))
            {
                errors.Add(new ImportError(row, CooperativeImportFormat.RegistrationNumber.Header, DuplicateRegistrationInRegistry));
            }

            if (c.CompanyNationalId is { } id && existingCompanyIds.Contains(id))
            {
                errors.Add(new ImportError(row, CooperativeImportFormat.CompanyNationalId.Header, DuplicateCompanyIdInRegistry));
            }
        }
    }
}
