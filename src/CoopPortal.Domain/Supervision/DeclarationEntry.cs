using CoopPortal.Domain.Common;

namespace CoopPortal.Domain.Supervision;

/// <summary>
/// One thing the self-declaration asks or shows: a field, a cell of a row, or a figure carried from elsewhere. It knows
/// its Persian label, its unit, how typed text is read (Persian, Arabic or ASCII digits, thousands separators, a minus
/// sign where allowed, Jalali dates), how a value is shown, and its Persian messages. In row messages «{row}» stands for
/// the row (e.g. «ردیف ۲»).
/// </summary>
public record DeclarationEntry(string Key, DeclarationFieldKind Kind, string Label)
{
    private static readonly char[] MinusSigns = ['-', '−', '–'];

    /// <summary>
    /// The minus sign as Persian text shows it (CLDR fa): a left-to-right mark, then U+2212, so in a right-to-left line
    /// it stays on the left of the digits («−۷۵») instead of drifting to their right.
    /// </summary>
    public const string Minus = "\u200E−";
    private readonly string? _missing;
    private readonly string? _negative;

    /// <summary>The unit of a figure (نفر، ریال، ساعت); amounts name it in the form's label.</summary>
    public string? Unit { get; init; }

    /// <summary>The label of the read-only views and the printed report, when shorter than the form's.</summary>
    public string? ShortLabel { get; init; }

    /// <summary>The help under the form's box.</summary>
    public string? Hint { get; init; }

    /// <summary>Whether a negative figure may be given (equity, profit or loss).</summary>
    public bool AllowsNegative { get; init; }

    /// <summary>Whether the declaration is incomplete without it.</summary>
    public bool IsRequired { get; init; } = true;

    /// <summary>What the read-only views and the report show when there is no value.</summary>
    public string NotGiven { get; init; } = "—";

    /// <summary>The title of a <see cref="DeclarationFieldKind.Choice"/> value.</summary>
    public Func<object, string>? Title { get; init; }

    /// <summary>What is said when a required value is missing («سرمایه را وارد کنید.» unless the field says otherwise).</summary>
    public string? Missing
    {
        get => _missing ?? (IsRequired ? $"{Label} را وارد کنید." : null);
        init => _missing = value;
    }

    /// <summary>What is said when a figure that may not be negative is.</summary>
    public string? Negative
    {
        get => _negative ?? (IsFigure && !AllowsNegative ? $"{Label} نمی‌تواند منفی باشد." : null);
        init => _negative = value;
    }

    /// <summary>What is said beside the box when the typed text cannot be read as this kind of value.</summary>
    public string? Unreadable => Kind switch
    {
        DeclarationFieldKind.Count => DeclarationFieldCatalog.NotAWholeCount,
        DeclarationFieldKind.Amount => AllowsNegative ? DeclarationFieldCatalog.NotANumber : DeclarationFieldCatalog.NotAWholeCount,
        DeclarationFieldKind.Date => DeclarationFieldCatalog.NotADate,
        _ => null,
    };

    /// <summary>A number typed in a box: a count or an amount.</summary>
    public bool IsFigure => Kind is DeclarationFieldKind.Count or DeclarationFieldKind.Amount;

    /// <summary>The form's label: amounts name their unit, since the box takes bare digits («سرمایه (ریال)»).</summary>
    public string InputLabel => Kind == DeclarationFieldKind.Amount && Unit is not null ? $"{Label} ({Unit})" : Label;

    /// <summary>The label of the read-only views and the printed report.</summary>
    public string ViewLabel => ShortLabel ?? Label;

    /// <summary>A row message with its row named (see the type's remarks).</summary>
    public static string ForRow(string template, string row)
    {
        ArgumentNullException.ThrowIfNull(template);
        return template.Replace("{row}", row, StringComparison.Ordinal);
    }

    /// <summary>
    /// Whether two typed texts say the same: digit script, thousands separators, minus-sign forms, direction marks,
    /// spaces and Arabic or Persian letter forms do not count («۱٬۲۰۰» is «1200», «−۵» is «-5»).
    /// </summary>
    public static bool SameTyped(string? a, string? b) => TypedKey(a) == TypedKey(b);

    /// <summary>
    /// Reads what was typed: a count as an <see cref="int"/>, an amount as a <see cref="long"/>, a date as a
    /// <see cref="DateOnly"/>, text as it is. Blank is no value and no error; what cannot be read gives no value and
    /// <see cref="Unreadable"/>.
    /// </summary>
    public (object? Value, string? Error) Parse(string? typed)
    {
        if (Kind is DeclarationFieldKind.Count or DeclarationFieldKind.Amount)
        {
            var (number, readable) = ParseNumber(typed, AllowsNegative);
            if (!readable || (Kind == DeclarationFieldKind.Count && number > int.MaxValue))
            {
                return (null, Unreadable);
            }

            return Kind == DeclarationFieldKind.Count && number is { } count ? ((int)count, null) : (number, null);
        }

        if (Kind == DeclarationFieldKind.Date)
        {
            if (string.IsNullOrWhiteSpace(typed))
            {
                return (null, null);
            }

            var date = JalaliDate.Parse(typed);
            return date is null ? (null, Unreadable) : (date.Value, null);
        }

        return Kind is DeclarationFieldKind.Text or DeclarationFieldKind.NationalCode
            ? (typed, null)
            : throw new InvalidOperationException($"A {Kind} field is not typed as text.");
    }

    /// <summary>A value as the form shows it for editing: Persian digits, ٬ between thousands, a leading minus, a Jalali date.</summary>
    public string? ToText(object? value) => value switch
    {
        null => null,
        int count => Signed(count, "-"),
        long amount => Signed(amount, "-"),
        DateOnly date => PersianDigits.ToPersian(JalaliDate.Format(date)),
        string text when Kind == DeclarationFieldKind.NationalCode => PersianDigits.ToPersian(text),
        string text => text,
        _ => throw new InvalidOperationException($"A {Kind} field is not typed as text."),
    };

    /// <summary>A value as the read-only views and the report show it: «۲٬۵۰۰ ریال», «−۷۵ ریال», «۱۴۰۴/۰۳/۱۵», «بله».</summary>
    public string Display(object? value) => value switch
    {
        null => NotGiven,
        int count => Signed(count, Minus),
        long amount => Unit is null ? Signed(amount, Minus) : $"{Signed(amount, Minus)} {Unit}",
        DateOnly date => PersianDigits.ToPersian(JalaliDate.Format(date)),
        bool answer => answer ? "بله" : "خیر",
        string text when Kind == DeclarationFieldKind.NationalCode => PersianDigits.ToPersian(text),
        string text => text,
        _ when Title is not null => Title(value),
        _ => value.ToString() ?? NotGiven,
    };

    /// <summary>What is wrong with a value on its own: missing when required, or negative when it may not be; null when fine.</summary>
    public string? Problem(object? value) => value switch
    {
        _ when Kind is DeclarationFieldKind.Rows => null,
        null => IsRequired ? Missing : null,
        int count when count < 0 && !AllowsNegative => Negative,
        long amount when amount < 0 && !AllowsNegative => Negative,
        _ => null,
    };

    private static string TypedKey(string? text) =>
        PersianText.ComparisonKey(text).Replace("\u066C", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal)
            .Replace('−', '-').Replace('–', '-').Replace("\u200E", string.Empty, StringComparison.Ordinal).Replace("\u200F", string.Empty, StringComparison.Ordinal);

    private static string Signed(long value, string minus) => value < 0 ? minus + PersianNumbers.Format(-value) : PersianNumbers.Format(value);

    /// <summary>
    /// A number as people type it: any digit script, thousands separators, a minus sign (-, −, –) before or after the
    /// digits, stray direction marks. Blank is no value and readable.
    /// </summary>
    private static (long? Value, bool Readable) ParseNumber(string? typed, bool allowNegative)
    {
        var trimmed = PersianDigits.ToAscii(typed).Trim().Replace('\u200E', ' ').Replace('\u200F', ' ').Trim();
        if (trimmed.Length == 0)
        {
            return (null, true);
        }

        var negative = MinusSigns.Contains(trimmed[0]) || MinusSigns.Contains(trimmed[^1]);
        var digits = negative ? trimmed.Trim([.. MinusSigns, ' ']) : trimmed;
        var value = PersianNumbers.Parse(digits);
        if (value is null || (negative && !allowNegative))
        {
            return (null, false);
        }

        return (negative ? -value.Value : value, true);
    }
}
