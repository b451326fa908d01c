namespace CoopPortal.Application.Common.Files;

/// <summary>A stored file's bytes with the type and hash recorded when it was kept.</summary>
public sealed record StoredContent(byte[] Content, string ContentType, string Sha256);
