using CoopPortal.Application.Common.Formatting;
using CoopPortal.Application.Common.Results;

namespace CoopPortal.Application.Registry.Import;

/// <summary>
/// The outcome of an import. Succeeded: <see cref="ImportedCount"/> cooperatives (or members) were added, and for a
/// member list <see cref="UpdatedCount"/> members already in the registry were updated. Otherwise nothing was
/// added: <see cref="Message"/> says why, and <see cref="Errors"/> lists the problems found (at most
/// <see cref="CooperativeImportFormat.MaxReportedErrors"/> of <see cref="TotalErrors"/>), in file order.
/// </summary>
public sealed record CooperativeImportResult(ErrorKind Kind, int ImportedCount, IReadOnlyList<ImportError> Errors, int TotalErrors, string? Message, int UpdatedCount = 0)
{
    public bool Succeeded => Kind == ErrorKind.None;

    /// <summary>True when only the first <see cref="CooperativeImportFormat.MaxReportedErrors"/> errors are listed.</summary>
    public bool Truncated => TotalErrors > Errors.Count;

    public static CooperativeImportResult Imported(int count, int updated = 0) => new(ErrorKind.None, count, [], 0, null, updated);

    /// <summary>A problem with the file as a whole (too large, not UTF-8, empty): nothing imported.</summary>
    public static CooperativeImportResult FileProblem(string message) => new(ErrorKind.Validation, 0, [], 0, message);

    public static CooperativeImportResult Invalid(IReadOnlyList<ImportError> errors) => Invalid(errors, errors?.Count ?? 0, "هیچ تعاونی‌ای وارد نشد");

    /// <param name="errors">The errors found (those beyond the first <see cref="CooperativeImportFormat.MaxReportedErrors"/> may have been dropped already).</param>
    /// <param name="total">How many errors the file has.</param>
    /// <param name="nothingImported">What was not imported: «هیچ تعاونی‌ای وارد نشد», «هیچ عضوی وارد نشد».</param>
    public static CooperativeImportResult Invalid(IReadOnlyList<ImportError> errors, int total, string nothingImported)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var shown = errors.OrderBy(e => e.Row).Take(CooperativeImportFormat.MaxReportedErrors).ToList();
        var message = $"{PersianFormat.Number(total)} خطا در فایل پیدا شد؛ {nothingImported}. خطاها را برطرف کنید و فایل را دوباره بارگذاری کنید.";
        if (total > shown.Count)
        {
            message += $" فقط {PersianFormat.Number(shown.Count)} خطای نخست نشان داده شده است.";
        }

        return new(ErrorKind.Validation, 0, shown, total, message);
    }

    public const string AdminsOnly = "فقط مدیر سامانه می‌تواند تعاونی‌های موجود را از فایل وارد کند.";

    public static CooperativeImportResult Forbidden() => new(ErrorKind.Forbidden, 0, [], 0, AdminsOnly);

    public static CooperativeImportResult Conflict(string message) => new(ErrorKind.Conflict, 0, [], 0, message);
}
