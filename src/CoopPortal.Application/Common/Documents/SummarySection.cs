namespace CoopPortal.Application.Common.Documents;

/// <summary>A titled block of label–value lines in a printed document (an application's or a declaration's sections).</summary>
public sealed record SummarySection(string Title, IReadOnlyList<SummaryField> Fields);
