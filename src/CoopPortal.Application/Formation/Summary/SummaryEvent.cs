namespace CoopPortal.Application.Formation.Summary;

public sealed record SummaryEvent(DateTime AtUtc, string Title, string? Comment, bool IsInternal);
