namespace CoopPortal.Application.Formation.Summary;

public sealed record SummaryFile(string Kind, string FileName, long Size, DateTime UploadedAtUtc);
