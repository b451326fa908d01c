namespace CoopPortal.Application.Common.Spreadsheets;

/// <summary>
/// Excel's rules for worksheet names: 1–31 characters, none of <c>[ ] : * ? / \</c>, not starting or ending with an
/// apostrophe, unique without regard to case, and not «History» (reserved by Excel).
/// </summary>
public static class SheetNames
{
    public const int MaxLength = 31;

    private static readonly char[] Forbidden = ['[', ']', ':', '*', '?', '/', '\\'];

    /// <summary>What a name may not start or end with: apostrophes (Excel's rule), spaces and zero-width non-joiners.</summary>
    private static readonly char[] Edges = ['\'', ' ', '\u200C'];

    /// <summary>Valid, unique names for the wished ones, in the same order (shortened and numbered where needed).</summary>
    public static IReadOnlyList<string> Unique(IEnumerable<string?> wished)
    {
        ArgumentNullException.ThrowIfNull(wished);
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "History" };
        var names = new List<string>();
        foreach (var wish in wished)
        {
            var name = Clean(wish);
            if (name.Length == 0)
            {
                name = "جدول " + (names.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            var candidate = name;
            for (var n = 2; !taken.Add(candidate); n++)
            {
                var suffix = " (" + n.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")";
                candidate = Shorten(name, MaxLength - suffix.Length).TrimEnd(Edges) + suffix;
            }

            names.Add(candidate);
        }

        return names;
    }

    /// <summary>The name without forbidden characters, line breaks and outer apostrophes, at most 31 characters.</summary>
    public static string Clean(string? wish)
    {
        var text = new string((wish ?? string.Empty).Select(c => Array.IndexOf(Forbidden, c) >= 0 || char.IsControl(c) ? ' ' : c).ToArray());
        text = string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return Shorten(text.Trim(Edges), MaxLength).Trim(Edges);
    }

    /// <summary>At most <paramref name="length"/> characters, never ending in half a surrogate pair.</summary>
    private static string Shorten(string text, int length)
    {
        if (text.Length <= length)
        {
            return text;
        }

        var cut = char.IsHighSurrogate(text[length - 1]) ? length - 1 : length;
        return text[..cut];
    }
}
