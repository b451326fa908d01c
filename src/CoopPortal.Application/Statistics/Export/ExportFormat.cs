namespace CoopPortal.Application.Statistics.Export;

/// <summary>The file formats the statistics are exported to.</summary>
public enum ExportFormat
{
    Csv,
    Xlsx,
    Pdf,
}

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

/// <summary>An exported file, ready to download.</summary>
/// <param name="FileName">An ASCII name that works everywhere, e.g. statistics-1405-applications-by-status.xlsx.</param>
/// <param name="PersianFileName">The name people see (Content-Disposition filename*), e.g. «آمار زنجان ۱۴۰۵ - درخواست‌های تشکیل به تفکیک وضعیت.xlsx».</param>
public sealed record ExportedFile(byte[] Content, string ContentType, string FileName, string PersianFileName);
