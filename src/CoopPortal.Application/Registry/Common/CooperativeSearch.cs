using CoopPortal.Domain.Common;
using CoopPortal.Domain.Formation;

namespace CoopPortal.Application.Registry.Common;

/// <summary>
/// What an office worker typed to find a cooperative in a list: matched against the name's comparison key (ی/ک and
/// spacing as a person reads them; null when the text has no letters to compare) or the registration number (Persian
/// digits accepted).
/// </summary>
public sealed record CooperativeSearch(string? NameKey, string Number)
{
    /// <summary>Null when nothing was typed.</summary>
    public static CooperativeSearch? From(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var key = CooperativeName.Key(text);
        return new CooperativeSearch(key.Length == 0 ? null : key, PersianDigits.ToAscii(text.Trim()));
    }
}
