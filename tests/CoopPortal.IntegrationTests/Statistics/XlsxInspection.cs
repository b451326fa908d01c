using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CoopPortal.IntegrationTests.Statistics;

/// <summary>Opens an .xlsx file with the Open XML SDK (the library that wrote it) and reads back every sheet.</summary>
public static class XlsxInspection
{
    public static IReadOnlyList<XlsxSheet> Read(byte[] xlsx)
    {
        using var stream = new MemoryStream(xlsx);
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        var workbook = document.WorkbookPart!;
        var stylesheet = workbook.WorkbookStylesPart!.Stylesheet;
        var formats = stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        var fonts = stylesheet.Fonts!.Elements<Font>().ToList();
        var codes = stylesheet.NumberingFormats?.Elements<NumberingFormat>().ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode!.Value!) ?? [];
        var sheets = new List<XlsxSheet>();
        foreach (var sheet in workbook.Workbook.Sheets!.Elements<Sheet>())
        {
            var worksheet = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet;
            var rtl = worksheet.GetFirstChild<SheetViews>()?.Elements<SheetView>().Any(v => v.RightToLeft?.Value == true) ?? false;
            var cells = new Dictionary<string, XlsxCell>(StringComparer.Ordinal);
            foreach (var cell in worksheet.Descendants<Cell>())
            {
                var format = formats[(int)(cell.StyleIndex?.Value ?? 0)];
                var numberFormat = format.NumberFormatId?.Value ?? 0;
                var bold = fonts[(int)(format.FontId?.Value ?? 0)].Bold is not null;
                var isNumber = cell.DataType is null || cell.DataType.Value == CellValues.Number;
                var text = cell.DataType?.Value == CellValues.InlineString ? cell.InlineString?.InnerText ?? string.Empty : cell.CellValue?.Text ?? string.Empty;
                double? number = isNumber && text.Length > 0 ? double.Parse(text, System.Globalization.CultureInfo.InvariantCulture) : null;
                cells[cell.CellReference!.Value!] = new XlsxCell(cell.CellReference.Value!, isNumber && number is not null, text, number, numberFormat, codes.GetValueOrDefault(numberFormat), bold);
            }

            var widths = worksheet.GetFirstChild<Columns>()?.Elements<Column>().Select(c => c.Width?.Value ?? 0).ToList() ?? [];
            sheets.Add(new XlsxSheet(sheet.Name!.Value!, rtl, cells, widths));
        }

        return sheets;
    }
}
