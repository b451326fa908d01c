using CoopPortal.Application.Common.Formatting;

namespace CoopPortal.Application.Registry.Import;

/// <summary>The header row of an import file (row 1) matched against the documented columns of its kind.</summary>
internal static class ImportHeader
{
    public const int Row = 1;

    /// <summary>Finds each documented column in the header; a missing required, an unknown or a repeated column is an error on row 1.</summary>
    public static Dictionary<ImportColumn, int> Match(IReadOnlyList<string> header, IReadOnlyList<ImportColumn> columns, List<ImportError> errors)
    {
        var positions = new Dictionary<ImportColumn, int>();
        for (var i = 0; i < header.Count; i++)
        {
            var cell = header[i].Trim();
            var column = columns.FirstOrDefault(c => c.Matches(cell));
            if (column is null)
            {
                errors.Add(new ImportError(Row, cell.Length == 0 ? null : cell, cell.Length == 0
                    ? $"سرستون {PersianFormat.Number(i + 1)} خالی است."
                    : $"ستون «{cell}» شناخته نیست. سرستون‌ها باید همان نام‌های راهنما باشند."));
            }
            else if (!positions.TryAdd(column, i))
            {
                errors.Add(new ImportError(Row, column.Header, $"ستون «{column.Header}» دوبار آمده است."));
            }
        }

        foreach (var missing in columns.Where(c => c.Required && !positions.ContainsKey(c)))
        {
            errors.Add(new ImportError(Row, missing.Header, $"ستون «{missing.Header}» در سطر سرستون‌ها نیست."));
        }

        return positions;
    }

    /// <summary>The error of a row whose cells do not line up with the header (usually a comma in an unquoted text).</summary>
    public static ImportError CellCountMismatch(int row, int cells, int headers) => new(row, null,
        $"این ردیف {PersianFormat.Number(cells)} خانه دارد ولی سرستون‌ها {PersianFormat.Number(headers)} تا است؛ ویرگول‌های اضافه یا جاافتاده را بررسی کنید و متنِ دارای ویرگول را میان \" \" بگذارید.");
}
