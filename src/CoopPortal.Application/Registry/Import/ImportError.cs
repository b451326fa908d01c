namespace CoopPortal.Application.Registry.Import;

/// <summary>
/// One problem in the file: the row as a spreadsheet numbers it (the header is row 1), the column's documented header
/// (null for a problem with the whole row), and the Persian reason.
/// </summary>
public sealed record ImportError(int Row, string? Column, string Message);
