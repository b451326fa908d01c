namespace CoopPortal.Application.Statistics.Export;

/// <summary>The file formats the statistics are exported to.</summary>
public enum ExportFormat
{
    Csv,
    Xlsx,
    Pdf,
}
