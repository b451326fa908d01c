using System.Text.RegularExpressions;
using CoopPortal.Domain.Common;

namespace CoopPortal.Domain.ReferenceData;

/// <summary>
/// What an administrator's reference-data entry must satisfy (orientations, document types): a Persian title,
/// normalized (ی/ک), at most <see cref="TitleMaxLength"/> characters; a stable ASCII code for new entries; an order from
/// 1 to <see cref="MaxSortOrder"/>. Uniqueness needs the other entries and is checked by the use case with
/// <see cref="SameTitle"/>, with these messages.
/// </summary>
public static partial class ReferenceDataRules
{
    public const int TitleMaxLength = 100;
    public const int CodeMaxLength = 50;
    public const int DescriptionMaxLength = 500;
    public const int MaxSortOrder = 999;

    public const string CodeField = "Code";
    public const string TitleField = "Title";
    public const string DescriptionField = "Description";
    public const string SortOrderField = "SortOrder";
    public const string IsActiveField = "IsActive";
    public const string RequiredOfAllField = "RequiredOfAll";

    public const string TitleRequired = "عنوان را بنویسید.";
    public const string TitleNotPersian = "عنوان باید به فارسی نوشته شود.";
    public const string TitleTooLong = "عنوان حداکثر ۱۰۰ نویسه است.";
    public const string CodeRequired = "کد را وارد کنید.";
    public const string CodeInvalid = "کد فقط از حروف کوچک انگلیسی، رقم و خط تیره (-) ساخته می‌شود و با حرف آغاز می‌شود، مانند tourism.";
    public const string CodeTooLong = "کد حداکثر ۵۰ نویسه است.";
    public const string SortOrderInvalid = "ترتیب نمایش باید عددی صحیح از ۱ تا ۹۹۹ باشد.";
    public const string DescriptionTooLong = "راهنما حداکثر ۵۰۰ نویسه است.";

    public static string DuplicateTitle(string title) => $"عنوان «{title}» پیش از این برای مورد دیگری به کار رفته است؛ عنوان دیگری بنویسید.";

    public static string DuplicateCode(string code) => $"کد «{code}» پیش از این به کار رفته است؛ کد دیگری بنویسید.";

    /// <summary>Problems with a title (already normalized by the caller or not: it is normalized here first).</summary>
    public static IEnumerable<FieldProblem> CheckTitle(string? title)
    {
        var normalized = PersianText.Normalize(title);
        if (normalized.Length == 0)
        {
            yield return new(TitleField, TitleRequired);
        }
        else if (normalized.Length > TitleMaxLength)
        {
            yield return new(TitleField, TitleTooLong);
        }
        else if (!normalized.Any(IsPersianLetter) || normalized.Any(char.IsAsciiLetter))
        {
            yield return new(TitleField, TitleNotPersian);
        }
    }

    /// <summary>Problems with the code of a new entry: lower-case ASCII letters, digits and hyphens, starting with a letter.</summary>
    public static IEnumerable<FieldProblem> CheckCode(string? code)
    {
        var trimmed = (code ?? string.Empty).Trim();
        if (trimmed.Length == 0)
        {
            yield return new(CodeField, CodeRequired);
        }
        else if (trimmed.Length > CodeMaxLength)
        {
            yield return new(CodeField, CodeTooLong);
        }
        else if (!CodePattern().IsMatch(trimmed))
        {
            yield return new(CodeField, CodeInvalid);
        }
    }

    public static IEnumerable<FieldProblem> CheckSortOrder(int sortOrder)
    {
        if (sortOrder is < 1 or > MaxSortOrder)
        {
            yield return new(SortOrderField, SortOrderInvalid);
        }
    }

    public static IEnumerable<FieldProblem> CheckDescription(string? description)
    {
        if (PersianText.Normalize(description).Length > DescriptionMaxLength)
        {
            yield return new(DescriptionField, DescriptionTooLong);
        }
    }

    /// <summary>True when two titles read the same to a person (ی/ک, digits, spaces and zero-width non-joiner aside).</summary>
    public static bool SameTitle(string? a, string? b) =>
        string.Equals(PersianText.ComparisonKey(a), PersianText.ComparisonKey(b), StringComparison.Ordinal);

    /// <summary>Throws the first problem as a <see cref="Common.DomainException"/>: entities never hold an invalid entry.</summary>
    internal static void Guard(IEnumerable<FieldProblem> problems)
    {
        if (problems.FirstOrDefault() is { } problem)
        {
            throw new Common.DomainException(problem.Message);
        }
    }

    private static bool IsPersianLetter(char c) => c is >= '\u0621' and <= '\u064A' or >= '\u067E' and <= '\u06D3' && char.IsLetter(c);

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();
}
