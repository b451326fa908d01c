namespace CoopPortal.Domain.Common;

/// <summary>An uploaded file's record inside a case; the bytes live in the document store under <see cref="StorageKey"/>.</summary>
public sealed record AttachedFile(Guid Id, string Kind, string FileName, string ContentType, long Size, string Sha256, string StorageKey, DateTime UploadedAtUtc);
