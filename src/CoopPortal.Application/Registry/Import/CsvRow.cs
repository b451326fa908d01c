namespace CoopPortal.Application.Registry.Import;

/// <summary>A data row of the file: the line it starts on (the header is line 1) and its cells.</summary>
internal sealed record CsvRow(int Row, string[] Cells);
