namespace CoopPortal.Domain.Supervision;

/// <summary>A line of a read-only section: which entry, its label and its value as shown.</summary>
public sealed record DeclarationLine(string Key, string Label, string Value);
