namespace CoopPortal.Application.Statistics.Common;

/// <summary>How a column's cells are written: text as is, counts as whole numbers, days with one decimal, dates in Jalali.</summary>
public enum ReportColumnKind
{
    Text,
    Number,
    Days,
    Date,
}
