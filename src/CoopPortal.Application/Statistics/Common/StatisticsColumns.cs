namespace CoopPortal.Application.Statistics.Common;

/// <summary>
/// Columns kept only for the statistics (shadow properties, not part of the domain model): read them in queries with
/// <c>EF.Property&lt;int?&gt;(declaration, StatisticsColumns.TrainingHours)</c>.
/// </summary>
public static class StatisticsColumns
{
    /// <summary>The declaration's training hours, from its answers.</summary>
    public const string TrainingHours = "TrainingHours";

    /// <summary>General assemblies the declaration reports for its year: the ordinary one (if held) plus the extraordinary ones.</summary>
    public const string AssembliesHeld = "AssembliesHeld";
}
