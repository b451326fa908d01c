using System.Globalization;
using System.Text;
using CoopPortal.Application.Common.Formatting;

namespace CoopPortal.Application.Statistics.Export;

/// <summary>
/// The names of exported files: an ASCII name (statistics-1405.xlsx for the whole report, statistics-1405-&lt;key&gt;.csv
/// for one table) and a Persian one with the scope, the year and the table's title in Persian digits («آمار زنجان ۱۴۰۵ - ….csv»).
/// </summary>
public static class ExportFileNames
{
    /// <summary>The longest Persian name before the extension (file systems allow 255 bytes; Persian letters take two).</summary>
    public const int MaxPersianLength = 100;

    private static readonly char[] NotInFileNames = ['/', '\\', ':', '*', '?', '"', '<', '>', '|'];

    public static string Ascii(int year, string? tableKey, ExportFormat format)
    {
        var name = new StringBuilder("statistics-").Append(year.ToString(CultureInfo.InvariantCulture));
        if (!string.IsNullOrWhiteSpace(tableKey))
        {
            var key = new string(tableKey.Trim().ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
            if (key.Length > 0)
            {
                name.Append('-').Append(key.Length > 60 ? key[..60] : key);
            }
        }

        return name.Append('.').Append(format.Extension()).ToString();
    }

    /// <param name="tableTitle">The table's title; null for the whole report.</param>
    public static string Persian(string scope, int year, string? tableTitle, ExportFormat format)
    {
        var name = $"آمار {scope} {PersianFormat.Digits(year.ToString(CultureInfo.InvariantCulture))}";
        if (!string.IsNullOrWhiteSpace(tableTitle))
        {
            name += " - " + tableTitle;
        }

        var clean = new string(PersianFormat.Digits(name).Select(c => Array.IndexOf(NotInFileNames, c) >= 0 || char.IsControl(c) ? ' ' : c).ToArray());
        clean = string.Join(' ', clean.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (clean.Length > MaxPersianLength)
        {
            clean = clean[..(char.IsHighSurrogate(clean[MaxPersianLength - 1]) ? MaxPersianLength - 1 : MaxPersianLength)].TrimEnd(' ', '\u200C', '-');
        }

        return clean.TrimEnd('.') + "." + format.Extension();
    }
}
