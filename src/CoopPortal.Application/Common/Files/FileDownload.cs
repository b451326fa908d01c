namespace CoopPortal.Application.Common.Files;

/// <summary>A file to send to the browser.</summary>
public sealed record FileDownload(byte[] Content, string ContentType, string FileName, string Sha256);
