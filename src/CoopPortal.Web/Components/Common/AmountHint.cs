using CoopPortal.Domain.Common;
using CoopPortal.Domain.Supervision;

namespace CoopPortal.Web.Components.Common;

/// <summary>
/// An amount typed in a text field read back under it as a quantity (docs/glossary.md: Persian digits, «٬» between
/// thousands), e.g. «یعنی ۱٬۲۵۰٬۰۰۰ ریال» under «1250000», so a zero too many or too few shows before it is sent. The
/// field keeps what was typed (Persian or Latin digits, with or without separators) and the server reads it
/// (<see cref="PersianNumbers.Parse"/>, <see cref="DeclarationEntry.Parse"/>): this only shows how it will be read.
/// </summary>
internal static class AmountHint
{
    /// <summary>The field's hint, after the typed amount read back when it reads and is not already written so.</summary>
    public static string? For(string? typed, string? hint) =>
        With(typed, PersianNumbers.Parse(typed) is { } amount ? $"{PersianNumbers.Format(amount)} ریال" : null, hint);

    /// <summary>The same for a self-declaration's figure: only an amount, read as the declaration reads it.</summary>
    public static string? For(DeclarationEntry figure, string? typed)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return figure.Kind == DeclarationFieldKind.Amount && !string.IsNullOrWhiteSpace(typed) && figure.Parse(typed) is { Value: long amount, Error: null }
            ? With(typed, figure.Display(amount), figure.Hint)
            : figure.Hint;
    }

    private static string? With(string? typed, string? read, string? hint)
    {
        // Nothing to add when the field already shows the amount as it is read (e.g. as saved: «۱٬۲۵۰٬۰۰۰»).
        if (read is null || read.StartsWith(typed!.Trim(), StringComparison.Ordinal))
        {
            return hint;
        }

        return hint is null ? $"یعنی {read}" : $"یعنی {read}؛ {hint}";
    }
}
