namespace CoopPortal.Domain.Formation;

/// <summary>An uploaded file's record. The bytes live in the document store under <see cref="StorageKey"/>.</summary>
public sealed class ApplicationDocument
{
    private ApplicationDocument()
    {
    }

    internal ApplicationDocument(Guid id, DocumentKind kind, string fileName, string contentType, long size, string sha256, string storageKey, DateTime uploadedAtUtc)
    {
        Id = id;
        Kind = kind;
        FileName = fileName;
        ContentType = contentType;
        Size = size;
        Sha256 = sha256;
        StorageKey = storageKey;
        UploadedAtUtc = uploadedAtUtc;
    }

    public Guid Id { get; private set; }

    public DocumentKind Kind { get; private set; }

    public string FileName { get; private set; } = string.Empty;

    public string ContentType { get; private set; } = string.Empty;

    public long Size { get; private set; }

    public string Sha256 { get; private set; } = string.Empty;

    public string StorageKey { get; private set; } = string.Empty;

    public DateTime UploadedAtUtc { get; private set; }
}
