namespace CoopPortal.Application.Statistics.Common;

/// <summary>One column of a statistics table: its Persian header and how its cells are written.</summary>
public sealed record ReportColumn(string Title, ReportColumnKind Kind = ReportColumnKind.Text);
