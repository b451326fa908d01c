namespace CoopPortal.Application.Common.Documents;

/// <summary>One label–value line of a <see cref="SummarySection"/>.</summary>
public sealed record SummaryField(string Label, string Value);
