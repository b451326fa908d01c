using System.Globalization;
using System.Text.RegularExpressions;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Registry;
using CoopPortal.Domain.Supervision;

namespace CoopPortal.Web.Components.Pages.Supervision;

/// <summary>One figure of the declaration: its field name (also its problem key), label, hint and whether it may be negative.</summary>
public sealed record DeclarationFigure(string Field, string Label, string? Hint = null, bool IsCount = false, bool AllowNegative = false);

/// <summary>
/// The self-declaration as the page holds it: every value as typed (numbers and Jalali dates as text), so nothing is lost
/// when a save fails. <see cref="ToContent"/> reads the typed text; what cannot be read is reported per field and the
/// section is not sent until it is fixed.
/// </summary>
public sealed partial class DeclarationForm
{
    public const string NotANumber = "عدد را درست وارد کنید (فقط رقم؛ جداکننده هزارگان مجاز است).";
    public const string NotAWholeCount = "عدد صحیح و نامنفی وارد کنید.";
    public const string NotADate = "تاریخ را به شکل ۱۴۰۴/۰۵/۱۲ وارد کنید.";

    public static IReadOnlyDictionary<DeclarationSection, IReadOnlyList<DeclarationFigure>> Figures { get; } = new Dictionary<DeclarationSection, IReadOnlyList<DeclarationFigure>>
    {
        [DeclarationSection.Members] =
        [
            new("MembersTotal", "شمار کل اعضا", IsCount: true),
            new("MembersWomen", "شمار اعضای زن", IsCount: true),
            new("MembersMen", "شمار اعضای مرد", IsCount: true),
            new("Employees", "شمار کارکنان", IsCount: true),
            new("Capital", "سرمایه (ریال)"),
        ],
        [DeclarationSection.Finances] =
        [
            new("TotalAssets", "جمع دارایی‌ها (ریال)"),
            new("TotalLiabilities", "جمع بدهی‌ها (ریال)"),
            new("Equity", "حقوق صاحبان سهام (ریال)", "اگر منفی است، با علامت منفی بنویسید", AllowNegative: true),
            new("Revenue", "درآمد (فروش) (ریال)"),
            new("NetProfitOrLoss", "سود یا زیان خالص (ریال)", "زیان را با علامت منفی بنویسید، مانند -۵۰۰٬۰۰۰", AllowNegative: true),
            new("Dividends", "سود تقسیم‌شده (ریال)", "اگر سودی تقسیم نشده، صفر"),
        ],
        [DeclarationSection.Activity] =
        [
            new("TrainingHours", "ساعت آموزش اعضا و کارکنان در سال", "اگر آموزشی نبوده، صفر", IsCount: true),
            new("ExportsValue", "ارزش صادرات سال (ریال)", "اگر صادراتی نبوده، صفر"),
        ],
    };

    public static IReadOnlyList<(string Field, string Question)> ComplianceQuestions { get; } =
    [
        ("TaxReturnFiled", "اظهارنامه مالیاتی سال تسلیم شده است؟"),
        ("InsurancePaid", "حق بیمه کارکنان پرداخت شده است؟"),
        ("BooksKept", "دفاتر قانونی نگهداری می‌شود؟"),
        ("LicencesValid", "مجوزهای فعالیت معتبر است؟"),
    ];

    /// <summary>The typed text of each figure, by field name.</summary>
    public Dictionary<string, string?> Text { get; } = [];

    public string? OrdinaryAssemblyHeldOn { get; set; }

    public List<AssemblyRow> ExtraordinaryAssemblies { get; } = [];

    public List<OfficerRow> Officers { get; } = [];

    public Dictionary<string, bool?> Answers { get; } = [];

    public static DeclarationForm From(DeclarationContent c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var form = new DeclarationForm { OrdinaryAssemblyHeldOn = Date(c.OrdinaryAssemblyHeldOn) };
        form.Text["MembersTotal"] = Number(c.MembersTotal);
        form.Text["MembersWomen"] = Number(c.MembersWomen);
        form.Text["MembersMen"] = Number(c.MembersMen);
        form.Text["Employees"] = Number(c.Employees);
        form.Text["Capital"] = Number(c.Capital);
        form.Text["TotalAssets"] = Number(c.TotalAssets);
        form.Text["TotalLiabilities"] = Number(c.TotalLiabilities);
        form.Text["Equity"] = Number(c.Equity);
        form.Text["Revenue"] = Number(c.Revenue);
        form.Text["NetProfitOrLoss"] = Number(c.NetProfitOrLoss);
        form.Text["Dividends"] = Number(c.Dividends);
        form.Text["TrainingHours"] = Number(c.TrainingHours);
        form.Text["ExportsValue"] = Number(c.ExportsValue);
        form.ExtraordinaryAssemblies.AddRange(c.ExtraordinaryAssemblies.Select(a => new AssemblyRow { HeldOn = Date(a.HeldOn), Subject = a.Subject }));
        form.Officers.AddRange(c.Officers.Select(o => new OfficerRow { Role = o.Role, FullName = o.FullName, NationalCode = PersianDigits.ToPersian(o.NationalCode), TermStartsOn = o.TermStartsOn, TermEndsOn = Date(o.TermEndsOn) }));
        form.Answers["TaxReturnFiled"] = c.TaxReturnFiled;
        form.Answers["InsurancePaid"] = c.InsurancePaid;
        form.Answers["BooksKept"] = c.BooksKept;
        form.Answers["LicencesValid"] = c.LicencesValid;
        return form;
    }

    /// <summary>
    /// The typed values as content, and what could not be read (field name to Persian message). Only the fields of
    /// <paramref name="section"/> are checked: the server takes only that section's fields.
    /// </summary>
    public (DeclarationContent Content, IReadOnlyDictionary<string, string> Errors) ToContent(DeclarationSection section)
    {
        var errors = new Dictionary<string, string>();
        long? Amount(string field)
        {
            var figure = Figures.Values.SelectMany(f => f).Single(f => f.Field == field);
            var value = ParseSigned(Text.GetValueOrDefault(field), figure.AllowNegative, out var ok);
            if (!ok)
            {
                errors[field] = figure.AllowNegative ? NotANumber : NotAWholeCount;
            }
            else if (figure.IsCount && value > int.MaxValue)
            {
                errors[field] = NotAWholeCount;
                return null;
            }

            return value;
        }

        int? Count(string field) => Amount(field) is { } v and <= int.MaxValue ? (int)v : null;

        DateOnly? ParseDate(string field, string? text)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            var date = JalaliDate.Parse(text);
            if (date is null)
            {
                errors[field] = NotADate;
            }

            return date;
        }

        var content = section switch
        {
            DeclarationSection.Members => new DeclarationContent
            {
                MembersTotal = Count("MembersTotal"),
                MembersWomen = Count("MembersWomen"),
                MembersMen = Count("MembersMen"),
                Employees = Count("Employees"),
                Capital = Amount("Capital"),
            },
            DeclarationSection.Finances => new DeclarationContent
            {
                TotalAssets = Amount("TotalAssets"),
                TotalLiabilities = Amount("TotalLiabilities"),
                Equity = Amount("Equity"),
                Revenue = Amount("Revenue"),
                NetProfitOrLoss = Amount("NetProfitOrLoss"),
                Dividends = Amount("Dividends"),
            },
            DeclarationSection.Assemblies => new DeclarationContent
            {
                OrdinaryAssemblyHeldOn = ParseDate("OrdinaryAssemblyHeldOn", OrdinaryAssemblyHeldOn),
                ExtraordinaryAssemblies = ExtraordinaryAssemblies
                    .Select((a, i) => new ExtraordinaryAssembly(ParseDate($"ExtraordinaryAssemblies[{i}].HeldOn", a.HeldOn), a.Subject ?? string.Empty))
                    .ToList(),
            },
            DeclarationSection.Officers => new DeclarationContent
            {
                Officers = Officers
                    .Select((o, i) => OfficerEntry.From(o.Role, o.FullName, o.NationalCode, o.TermStartsOn, ParseDate($"Officers[{i}].TermEndsOn", o.TermEndsOn)))
                    .ToList(),
            },
            DeclarationSection.Compliance => new DeclarationContent
            {
                TaxReturnFiled = Answers.GetValueOrDefault("TaxReturnFiled"),
                InsurancePaid = Answers.GetValueOrDefault("InsurancePaid"),
                BooksKept = Answers.GetValueOrDefault("BooksKept"),
                LicencesValid = Answers.GetValueOrDefault("LicencesValid"),
            },
            DeclarationSection.Activity => new DeclarationContent
            {
                TrainingHours = Count("TrainingHours"),
                ExportsValue = Amount("ExportsValue"),
            },
            _ => DeclarationContent.Empty,
        };
        return (content, errors);
    }

    /// <summary>
    /// Whether a problem the server found in the saved content still speaks of what is on screen in
    /// <paramref name="field"/>: the field is not blank and holds the saved value (this form is the saved one). Once the
    /// person types something else the problem is about a value no longer shown, and it waits for the next save
    /// (a stale «enter the training hours» under a field that now says ۸ misleads, and moves the page as one types).
    /// </summary>
    public bool StillDescribes(string field, string? typed) =>
        !string.IsNullOrWhiteSpace(typed) && SameValue(typed, TypedOf(field));

    /// <summary>The text this form holds for a problem's field key: a figure, the ordinary assembly date or a row's cell.</summary>
    public string? TypedOf(string field)
    {
        if (Text.TryGetValue(field, out var figure))
        {
            return figure;
        }

        if (field == "OrdinaryAssemblyHeldOn")
        {
            return OrdinaryAssemblyHeldOn;
        }

        var match = RowField().Match(field);
        if (!match.Success)
        {
            return null;
        }

        var index = int.Parse(match.Groups["index"].Value, CultureInfo.InvariantCulture);
        return (match.Groups["list"].Value, match.Groups["cell"].Value) switch
        {
            ("ExtraordinaryAssemblies", "HeldOn") when index < ExtraordinaryAssemblies.Count => ExtraordinaryAssemblies[index].HeldOn,
            ("ExtraordinaryAssemblies", "Subject") when index < ExtraordinaryAssemblies.Count => ExtraordinaryAssemblies[index].Subject,
            ("Officers", "FullName") when index < Officers.Count => Officers[index].FullName,
            ("Officers", "NationalCode") when index < Officers.Count => Officers[index].NationalCode,
            ("Officers", "TermEndsOn") when index < Officers.Count => Officers[index].TermEndsOn,
            _ => null,
        };
    }

    /// <summary>Two typed texts say the same: digit script, thousands separators, minus-sign forms and spaces do not count.</summary>
    public static bool SameValue(string? a, string? b) => ValueKey(a) == ValueKey(b);

    private static string ValueKey(string? text) =>
        PersianText.ComparisonKey(text).Replace("\u066C", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal)
            .Replace('−', '-').Replace('–', '-').Replace("\u200E", string.Empty, StringComparison.Ordinal).Replace("\u200F", string.Empty, StringComparison.Ordinal);

    [GeneratedRegex(@"^(?<list>ExtraordinaryAssemblies|Officers)\[(?<index>[0-9]+)\]\.(?<cell>[A-Za-z]+)$")]
    private static partial Regex RowField();

    /// <summary>
    /// Reads an amount as typed (any digit script, thousands separators, a leading minus sign when allowed). Blank is
    /// null and fine; anything else that is not a number sets <paramref name="ok"/> to false.
    /// </summary>
    public static long? ParseSigned(string? text, bool allowNegative, out bool ok)
    {
        ok = true;
        var trimmed = PersianDigits.ToAscii(text).Trim().Replace('\u200E', ' ').Replace('\u200F', ' ').Trim();
        if (trimmed.Length == 0)
        {
            return null;
        }

        var negative = trimmed[0] is '-' or '−' or '–' || trimmed[^1] is '-' or '−' or '–';
        var digits = negative ? trimmed.Trim('-', '−', '–', ' ') : trimmed;
        var value = PersianNumbers.Parse(digits);
        if (value is null || (negative && !allowNegative))
        {
            ok = false;
            return null;
        }

        return negative ? -value.Value : value;
    }

    private static string? Number(long? value) => value switch
    {
        null => null,
        < 0 => "-" + PersianNumbers.Format(-value.Value),
        _ => PersianNumbers.Format(value.Value),
    };

    private static string? Date(DateOnly? date) => date is { } d ? PersianDigits.ToPersian(JalaliDate.Format(d)) : null;
}

public sealed class AssemblyRow
{
    public string? HeldOn { get; set; }

    public string? Subject { get; set; }
}

public sealed class OfficerRow
{
    public OfficerRole Role { get; set; } = OfficerRole.BoardMember;

    public string? FullName { get; set; }

    public string? NationalCode { get; set; }

    public DateOnly? TermStartsOn { get; set; }

    public string? TermEndsOn { get; set; }
}
