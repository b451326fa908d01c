using CoopPortal.Domain.Common;

namespace CoopPortal.Domain.Formation;

/// <summary>
/// Proposed names and how two names are judged to be the same: after normalization (ی/ک, digits, zero-width
/// non-joiner, spaces) and without a leading «شرکت تعاونی» or «تعاونی».
/// </summary>
public static class CooperativeName
{
    private static readonly string[] Prefixes = [PersianText.ComparisonKey("شرکت تعاونی"), PersianText.ComparisonKey("تعاونی")];

    public static string Key(string? name)
    {
        var key = PersianText.ComparisonKey(name);
        foreach (var prefix in Prefixes)
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal))
            {
                // A name that is only «تعاونی» has no name left: its key is empty (and the name is reported as too short).
                return key[prefix.Length..];
            }
        }

        return key;
    }
}
