namespace CoopPortal.IntegrationTests.Statistics;

/// <summary>One sheet of an exported workbook.</summary>
public sealed record XlsxSheet(string Name, bool RightToLeft, IReadOnlyDictionary<string, XlsxCell> Cells, IReadOnlyList<double> ColumnWidths)
{
    public XlsxCell? this[string reference] => Cells.GetValueOrDefault(reference);

    /// <summary>The cells of one row (1-based), in column order.</summary>
    public IReadOnlyList<XlsxCell> Row(int row) =>
        Cells.Values.Where(c => RowOf(c.Reference) == row).OrderBy(c => c.Reference.Length).ThenBy(c => c.Reference, StringComparer.Ordinal).ToList();

    public int LastRow => Cells.Count == 0 ? 0 : Cells.Keys.Max(RowOf);

    private static int RowOf(string reference) => int.Parse(reference.AsSpan(reference.AsSpan().IndexOfAnyInRange('0', '9')), System.Globalization.CultureInfo.InvariantCulture);
}
