using System.Globalization;
using CoopPortal.Application.Common.Spreadsheets;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CoopPortal.Infrastructure.Spreadsheets;

/// <summary>
/// Writes .xlsx files with Microsoft's Open XML SDK (docs/decisions/0010-spreadsheet-exports.md): every sheet right to
/// left, numbers stored as numbers with their display format, text as inline strings (never formulas), bold rows, and
/// column widths computed from the text (no font measuring, so nothing needs System.Drawing or libgdiplus).
/// </summary>
public sealed class OpenXmlSpreadsheetWriter : ISpreadsheetWriter
{
    /// <summary>Tahoma ships with Windows and macOS and shapes Persian well; Excel falls back where it is missing.</summary>
    public const string FontName = "Tahoma";

    private const uint OneDecimalFormatId = 164;
    private const double MinWidth = 8;
    private const double MaxWidth = 60;

    public byte[] Write(SpreadsheetWorkbook workbook)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        if (workbook.Sheets.Count == 0)
        {
            throw new ArgumentException("A workbook needs at least one sheet.", nameof(workbook));
        }

        using var output = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook))
        {
            document.PackageProperties.Title = workbook.Title;
            document.PackageProperties.Creator = "CoopPortal";
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook(new BookViews(new WorkbookView()));
            var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Stylesheet();
            var sheets = workbookPart.Workbook.AppendChild(new Sheets());
            uint sheetId = 1;
            foreach (var sheet in workbook.Sheets)
            {
                var part = workbookPart.AddNewPart<WorksheetPart>();
                part.Worksheet = Worksheet(sheet);
                sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = sheetId++, Name = sheet.Name });
            }
        }

        return output.ToArray();
    }

    private static Worksheet Worksheet(SpreadsheetSheet sheet)
    {
        var data = new SheetData();
        var rowIndex = 1u;
        foreach (var row in sheet.Rows)
        {
            var line = new Row { RowIndex = rowIndex };
            for (var column = 0; column < row.Cells.Count; column++)
            {
                if (Cell(row.Cells[column], row.Bold) is { } cell)
                {
                    cell.CellReference = ColumnName(column) + rowIndex.ToString(CultureInfo.InvariantCulture);
                    line.Append(cell);
                }
            }

            data.Append(line);
            rowIndex++;
        }

        var worksheet = new Worksheet(new SheetViews(new SheetView { RightToLeft = true, WorkbookViewId = 0 }));
        if (Columns(sheet) is { } columns)
        {
            worksheet.Append(columns);
        }

        worksheet.Append(data);
        return worksheet;
    }

    private static Cell? Cell(SpreadsheetCell cell, bool bold)
    {
        var boldOffset = bold ? 1u : 0u;
        if (cell.Number is { } number)
        {
            return new Cell
            {
                DataType = CellValues.Number,
                CellValue = new CellValue(number),
                StyleIndex = (FormatIndex(cell.Format) * 2) + boldOffset,
            };
        }

        if (cell.Text is { Length: > 0 } text)
        {
            return new Cell
            {
                DataType = CellValues.InlineString,
                InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }),
                StyleIndex = boldOffset,
            };
        }

        return bold ? new Cell { StyleIndex = boldOffset } : null;
    }

    /// <summary>Cell formats: 0/1 text, 2/3 whole, 4/5 one decimal, 6/7 two decimals (odd: bold).</summary>
    private static uint FormatIndex(SpreadsheetNumberFormat format) => format switch
    {
        SpreadsheetNumberFormat.Whole => 1,
        SpreadsheetNumberFormat.OneDecimal => 2,
        SpreadsheetNumberFormat.TwoDecimals => 3,
        _ => 1,
    };

    private static Stylesheet Stylesheet()
    {
        static Font Font(bool bold)
        {
            var font = new Font();
            if (bold)
            {
                font.Append(new Bold());
            }

            font.Append(new FontSize { Val = 11 }, new FontName { Val = FontName });
            return font;
        }

        static CellFormat Format(uint numberFormat, bool bold) => new()
        {
            NumberFormatId = numberFormat,
            FontId = bold ? 1u : 0u,
            FillId = 0,
            BorderId = 0,
            FormatId = 0,
            ApplyNumberFormat = numberFormat != 0,
            ApplyFont = bold,
        };

        // Built-in number formats: 0 General, 3 #,##0, 4 #,##0.00; 164 is ours.
        uint[] numberFormats = [0, 3, OneDecimalFormatId, 4];
        var cellFormats = new CellFormats();
        foreach (var numberFormat in numberFormats)
        {
            cellFormats.Append(Format(numberFormat, bold: false), Format(numberFormat, bold: true));
        }

        return new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = OneDecimalFormatId, FormatCode = "#,##0.0" }),
            new Fonts(Font(bold: false), Font(bold: true)),
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())),
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }),
            cellFormats,
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }));
    }

    /// <summary>Each column as wide as its longest text (as shown) plus a margin, between 8 and 60 characters.</summary>
    private static Columns? Columns(SpreadsheetSheet sheet)
    {
        var widths = new List<double>();
        foreach (var row in sheet.Rows.Where(r => r.SizesColumns))
        {
            for (var i = 0; i < row.Cells.Count; i++)
            {
                while (widths.Count <= i)
                {
                    widths.Add(MinWidth);
                }

                widths[i] = Math.Max(widths[i], Math.Min(MaxWidth, ShownLength(row.Cells[i]) + 3));
            }
        }

        if (widths.Count == 0)
        {
            return null;
        }

        var columns = new Columns();
        for (var i = 0; i < widths.Count; i++)
        {
            var index = (uint)(i + 1);
            columns.Append(new Column { Min = index, Max = index, Width = widths[i], CustomWidth = true });
        }

        return columns;
    }

    private static int ShownLength(SpreadsheetCell cell) => cell switch
    {
        { Number: { } n, Format: SpreadsheetNumberFormat.OneDecimal } => n.ToString("#,##0.0", CultureInfo.InvariantCulture).Length,
        { Number: { } n, Format: SpreadsheetNumberFormat.TwoDecimals } => n.ToString("#,##0.00", CultureInfo.InvariantCulture).Length,
        { Number: { } n } => n.ToString("#,##0", CultureInfo.InvariantCulture).Length,
        { Text: { } text } => text.Length,
        _ => 0,
    };

    /// <summary>A, B, … Z, AA, AB, … for a zero-based column index.</summary>
    public static string ColumnName(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }
}
