namespace CoopPortal.Application.Statistics.Export;

/// <summary>The address form (csv, xlsx, pdf), extension and content type of each format.</summary>
public static class ExportFormats
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The format named in an address (case-insensitive); null for anything else.</summary>
    public static ExportFormat? Parse(string? text) => text?.Trim().ToUpperInvariant() switch
    {
        "CSV" => ExportFormat.Csv,
        "XLSX" => ExportFormat.Xlsx,
        "PDF" => ExportFormat.Pdf,
        _ => null,
    };

    /// <summary>The name in addresses and the file extension: csv, xlsx, pdf.</summary>
    public static string Extension(this ExportFormat format) => format switch
    {
        ExportFormat.Csv => "csv",
        ExportFormat.Xlsx => "xlsx",
        ExportFormat.Pdf => "pdf",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    public static string ContentType(this ExportFormat format) => format switch
    {
        ExportFormat.Csv => "text/csv; charset=utf-8",
        ExportFormat.Xlsx => XlsxContentType,
        ExportFormat.Pdf => "application/pdf",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };
}
