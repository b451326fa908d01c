namespace CoopPortal.Application.Common.Files;

/// <summary>Where uploaded files' bytes are kept. Keys are opaque; the application stores them on its documents.</summary>
public interface IDocumentStore
{
    Task<string> SaveAsync(ReadOnlyMemory<byte> content, string contentType, string sha256, CancellationToken cancellationToken);

    Task<StoredContent?> ReadAsync(string key, CancellationToken cancellationToken);

    Task DeleteAsync(string key, CancellationToken cancellationToken);
}
