namespace CoopPortal.Application.Common.Files;

/// <summary>Bytes kept in the document store, ready to be recorded on a case.</summary>
public sealed record StoredUpload(string FileName, string ContentType, long Size, string Sha256, string StorageKey);
