using System.Globalization;
using CoopPortal.Application.Common.Auditing;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Staff;
using CoopPortal.Domain.Administration;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Formation;
using CoopPortal.Domain.ReferenceData;
using CoopPortal.Domain.Users;
using Microsoft.EntityFrameworkCore;
using static CoopPortal.Domain.ReferenceData.ReferenceDataRules;

namespace CoopPortal.Application.Administration.ReferenceData;

/// <summary>
/// Reads and changes the reference data an admin owns (admins only; everyone else is Forbidden): orientations (title,
/// order, active, whether the activity needs a licence, and new ones with a unique code) and document kinds (the
/// built-in ones' title, help text, order, and active for the optional one; new kinds, optional or required of every
/// application, which can later be retired). Every changed field writes one audit entry with the
/// old and new value, in the same SaveChanges. The formation pages read these tables on every call, so the next
/// application sees a change at once.
/// </summary>
public sealed class ReferenceDataHandler(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, IStaffDirectory staff, TimeProvider clock)
{
    public const string NotAdmin = "تنها مدیر سامانه می‌تواند اطلاعات پایه را ببیند یا تغییر دهد.";
    public const string ChangedMeanwhile = "این مورد هم‌زمان به دست مدیر دیگری تغییر کرد؛ تغییری ذخیره نشد. فهرست را دوباره باز کنید و مقادیر تازه را ببینید.";
    public const string OrientationPrefix = "orientation:";
    public const string DocumentTypePrefix = "document-type:";
    public const string ProvinceOfficePrefix = "province-office:";
    public const int HistorySize = 50;

    public async Task<Result<ReferenceDataView>> GetAsync(CancellationToken cancellationToken)
    {
        if (await AdminIdAsync(cancellationToken) is null)
        {
            return Result<ReferenceDataView>.FailedAs(Result.Forbidden(NotAdmin));
        }

        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var orientations = await db.Orientations.AsNoTracking().OrderBy(o => o.SortOrder).ThenBy(o => o.Id)
            .Select(o => new OrientationRow(o.Id, o.Code, o.Title, o.SortOrder, o.IsActive, o.RequiresActivityLicence, EF.Property<uint>(o, "xmin")))
            .ToListAsync(cancellationToken);
        var documentTypes = (await db.DocumentTypes.AsNoTracking()
            .Select(t => new { t.Kind, t.Title, t.Description, t.SortOrder, t.IsActive, t.RequiredOfAll, Version = EF.Property<uint>(t, "xmin") })
            .ToListAsync(cancellationToken))
            .OrderBy(t => t.SortOrder).ThenBy(t => t.Kind.Code, StringComparer.Ordinal)
            .Select(t => new DocumentTypeRow(t.Kind, t.Title, t.Description, t.SortOrder, t.IsActive, t.Version, t.RequiredOfAll))
            .ToList();
        var history = await AuditHistory.RecentAsync(db, AuditArea.ReferenceData, HistorySize, cancellationToken);

        var names = await AuditHistory.NamesAsync(staff, history.Select(h => h.ActorUserId), cancellationToken);

        var provinces = history.Any(h => h.Subject.StartsWith(ProvinceOfficePrefix, StringComparison.Ordinal))
            ? await db.Provinces.AsNoTracking().ToDictionaryAsync(p => ProvinceOfficePrefix + p.Id.ToString(CultureInfo.InvariantCulture), p => p.Name, cancellationToken)
            : new Dictionary<string, string>();

        string ItemOf(string subject) =>
            subject.StartsWith(OrientationPrefix, StringComparison.Ordinal)
                ? $"گرایش «{orientations.FirstOrDefault(o => OrientationPrefix + o.Code == subject)?.Title ?? subject[OrientationPrefix.Length..]}»"
                : subject.StartsWith(ProvinceOfficePrefix, StringComparison.Ordinal)
                    ? $"اطلاعات تماس اداره کل تعاون استان {provinces.GetValueOrDefault(subject, subject[ProvinceOfficePrefix.Length..])}"
                    : $"نوع مدرک «{documentTypes.FirstOrDefault(t => DocumentTypePrefix + t.Kind == subject)?.Title ?? subject}»";

        var audit = history.Select(h => new ReferenceAuditView(h.AtUtc, names[h.ActorUserId], ItemOf(h.Subject), h.Description, h.OldValue, h.NewValue)).ToList();
        return Result<ReferenceDataView>.Success(new ReferenceDataView(orientations, documentTypes, audit));
    }

    /// <summary>Adds (Id null) or changes an orientation; returns its id.</summary>
    public async Task<Result<int>> SaveOrientationAsync(OrientationInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var adminId = await AdminIdAsync(cancellationToken);
        if (adminId is null)
        {
            return Result<int>.FailedAs(Result.Forbidden(NotAdmin));
        }

        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var all = await db.Orientations.ToListAsync(cancellationToken);
        var existing = input.Id is { } id ? all.FirstOrDefault(o => o.Id == id) : null;
        if (input.Id is not null && existing is null)
        {
            return Result<int>.NotFound();
        }

        var errors = new ValidationErrors();
        var title = PersianText.Normalize(input.Title);
        var code = (input.Code ?? string.Empty).Trim();
        Collect(errors, CheckTitle(title));
        var sortOrder = ParseSortOrder(input.SortOrder, errors);
        if (existing is null)
        {
            Collect(errors, CheckCode(code));
            if (all.Any(o => string.Equals(o.Code, code, StringComparison.OrdinalIgnoreCase)))
            {
                errors.Add(CodeField, DuplicateCode(code));
            }
        }

        if (title.Length > 0 && all.Any(o => o != existing && SameTitle(o.Title, title)))
        {
            errors.Add(TitleField, DuplicateTitle(title));
        }

        if (errors.Any)
        {
            return Result<int>.Invalid(errors.ToDictionary());
        }

        if (existing is not null && input.Version is { } seen
            && seen != await db.Orientations.Where(o => o.Id == existing.Id).Select(o => EF.Property<uint>(o, "xmin")).SingleAsync(cancellationToken))
        {
            return Result<int>.Conflict(ChangedMeanwhile);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        Orientation orientation;
        if (existing is null)
        {
            orientation = Orientation.Create(all.Count == 0 ? 1 : all.Max(o => o.Id) + 1, code, title, sortOrder, input.RequiresActivityLicence);
            if (!input.IsActive)
            {
                orientation.Change(title, sortOrder, isActive: false, input.RequiresActivityLicence);
            }

            db.Orientations.Add(orientation);
            db.AuditEntries.Add(new AuditEntry(now, adminId, AuditArea.ReferenceData, OrientationPrefix + code,
                $"گرایش تازه‌ی «{orientation.Title}» با کد {code} افزوده شد.", null, Describe(orientation)));
        }
        else
        {
            orientation = existing;
            var before = (orientation.Title, orientation.SortOrder, orientation.IsActive, orientation.RequiresActivityLicence);
            orientation.Change(title, sortOrder, input.IsActive, input.RequiresActivityLicence);
            var subject = OrientationPrefix + orientation.Code;
            var audit = new ReferenceAuditWriter(db, adminId, now, subject, $"گرایش «{before.Title}»");
            audit.Field("عنوان", before.Title, orientation.Title);
            audit.Field("ترتیب نمایش", Number(before.SortOrder), Number(orientation.SortOrder));
            audit.Field("وضعیت", ActiveText(before.IsActive), ActiveText(orientation.IsActive));
            audit.Field("نیاز به مجوز فعالیت", YesNo(before.RequiresActivityLicence), YesNo(orientation.RequiresActivityLicence));
            if (audit.Count == 0)
            {
                return Result<int>.Success(orientation.Id);
            }
        }

        return await SaveAsync(db, orientation.Id, cancellationToken);
    }

    /// <summary>
    /// Adds a document kind (Kind null) or changes one: wording, order, the active switch (not for a kind a rule may
    /// require) and, for an added kind, whether every application must carry it.
    /// </summary>
    public async Task<Result> SaveDocumentTypeAsync(DocumentTypeInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var adminId = await AdminIdAsync(cancellationToken);
        if (adminId is null)
        {
            return Result.Forbidden(NotAdmin);
        }

        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var all = await db.DocumentTypes.ToListAsync(cancellationToken);
        var existing = input.Kind is { } kind ? all.FirstOrDefault(t => t.Kind == kind) : null;
        if (input.Kind is not null && existing is null)
        {
            return Result.NotFound();
        }

        var errors = new ValidationErrors();
        var title = PersianText.Normalize(input.Title);
        Collect(errors, CheckTitle(title));
        Collect(errors, CheckDescription(input.Description));
        var sortOrder = ParseSortOrder(input.SortOrder, errors);
        if (title.Length > 0 && all.Any(t => t != existing && SameTitle(t.Title, title)))
        {
            errors.Add(TitleField, DuplicateTitle(title));
        }

        if (existing is not null && !input.IsActive && existing.IsRequiredByRules)
        {
            errors.Add(IsActiveField, DocumentType.CannotRetire(existing.Title));
        }

        if (input.RequiredOfAll && existing is { Kind.IsBuiltIn: true })
        {
            errors.Add(RequiredOfAllField, DocumentType.BuiltInCannotBeRequired);
        }

        if (errors.Any)
        {
            return Result.Invalid(errors.ToDictionary());
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (existing is null)
        {
            var added = DocumentType.Create(title, input.Description, sortOrder, input.RequiredOfAll);
            if (!input.IsActive)
            {
                added.Change(title, input.Description, sortOrder, isActive: false, input.RequiredOfAll);
            }

            db.DocumentTypes.Add(added);
            db.AuditEntries.Add(new AuditEntry(now, adminId, AuditArea.ReferenceData, DocumentTypePrefix + added.Kind,
                $"نوع مدرک تازه‌ی «{added.Title}» افزوده شد.", null, Describe(added)));
            var created = await SaveAsync(db, 0, cancellationToken);
            return created.Succeeded ? Result.Success() : created;
        }

        if (input.Version is { } seen
            && seen != await db.DocumentTypes.Where(t => t.Kind == existing.Kind).Select(t => EF.Property<uint>(t, "xmin")).SingleAsync(cancellationToken))
        {
            return Result.Conflict(ChangedMeanwhile);
        }

        var before = (existing.Title, existing.Description, existing.SortOrder, existing.IsActive, existing.RequiredOfAll);
        existing.Change(title, input.Description, sortOrder, input.IsActive, input.RequiredOfAll);
        var audit = new ReferenceAuditWriter(db, adminId, now, DocumentTypePrefix + existing.Kind, $"نوع مدرک «{before.Title}»");
        audit.Field("عنوان", before.Title, existing.Title);
        audit.Field("راهنما", before.Description, existing.Description);
        audit.Field("ترتیب نمایش", Number(before.SortOrder), Number(existing.SortOrder));
        audit.Field("وضعیت", ActiveText(before.IsActive), ActiveText(existing.IsActive));
        audit.Field("لازم برای همه درخواست‌ها", YesNo(before.RequiredOfAll), YesNo(existing.RequiredOfAll));
        if (audit.Count == 0)
        {
            return Result.Success();
        }

        var saved = await SaveAsync(db, 0, cancellationToken);
        return saved.Succeeded ? Result.Success() : saved;
    }

    /// <summary>An order typed with Persian, Arabic-Indic or ASCII digits; 0 (and a message) when it is not one.</summary>
    private static int ParseSortOrder(string? text, ValidationErrors errors)
    {
        var ascii = PersianDigits.ToAscii(text).Trim();
        if (ascii.Length is > 0 and <= 3 && ascii.All(char.IsAsciiDigit)
            && int.TryParse(ascii, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && !CheckSortOrder(value).Any())
        {
            return value;
        }

        errors.Add(SortOrderField, SortOrderInvalid);
        return 0;
    }

    private static async Task<Result<int>> SaveAsync(IAppDbContext db, int id, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return Result<int>.Success(id);
        }
        catch (DbUpdateException)
        {
            // Another admin changed the same row (xmin) or took the same code or title first (unique indexes).
            return Result<int>.Conflict(ChangedMeanwhile);
        }
    }

    private Task<string?> AdminIdAsync(CancellationToken cancellationToken) => ReferenceAuditWriter.AdminIdAsync(currentUser, cancellationToken);

    private static void Collect(ValidationErrors errors, IEnumerable<FieldProblem> problems)
    {
        foreach (var problem in problems)
        {
            errors.Add(problem.Field, problem.Message);
        }
    }

    private static string Describe(DocumentType t) =>
        $"عنوان: {t.Title}؛ ترتیب نمایش: {Number(t.SortOrder)}؛ وضعیت: {ActiveText(t.IsActive)}؛ لازم برای همه درخواست‌ها: {YesNo(t.RequiredOfAll)}";

    private static string Describe(Orientation o) =>
        $"عنوان: {o.Title}؛ ترتیب نمایش: {Number(o.SortOrder)}؛ وضعیت: {ActiveText(o.IsActive)}؛ نیاز به مجوز فعالیت: {YesNo(o.RequiresActivityLicence)}";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string ActiveText(bool active) => active ? "فعال" : "غیرفعال";

    private static string YesNo(bool value) => value ? "بله" : "خیر";
}
