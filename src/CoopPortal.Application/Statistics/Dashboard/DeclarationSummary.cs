namespace CoopPortal.Application.Statistics.Dashboard;

/// <summary>The self-declarations of one fiscal year: filed, expected, overdue, and what they report.</summary>
/// <param name="FiscalYear">The fiscal year declared (the year before the chosen one: it is declared during the chosen year).</param>
/// <param name="DueOn">The day its declarations are due.</param>
/// <param name="PastDue">True when the due day has passed (the not filed ones are then overdue).</param>
/// <param name="Expected">Cooperatives registered by the end of the fiscal year, which must declare it.</param>
/// <param name="Filed">Declarations submitted for it (any status but draft).</param>
/// <param name="Overdue">Expected but not filed, once past due (0 before).</param>
/// <param name="TrainingHours">Training hours the filed declarations report.</param>
/// <param name="AssembliesHeld">General assemblies (ordinary and extraordinary) the filed declarations report.</param>
public sealed record DeclarationSummary(int FiscalYear, DateOnly DueOn, bool PastDue, int Expected, int Filed, int Overdue, long TrainingHours, long AssembliesHeld);
