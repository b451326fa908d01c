using CoopPortal.Domain.Formation;

namespace CoopPortal.Application.Formation.Common;

/// <summary>The configurable formation rules in force (configuration now; admin-editable settings later).</summary>
public interface IFormationRulesProvider
{
    Task<FormationRules> GetAsync(CancellationToken cancellationToken);
}

/// <summary>Where uploaded files' bytes are kept. Keys are opaque; the application stores them on its documents.</summary>
public interface IDocumentStore
{
    Task<string> SaveAsync(ReadOnlyMemory<byte> content, string contentType, string sha256, CancellationToken cancellationToken);

    Task<StoredContent?> ReadAsync(string key, CancellationToken cancellationToken);

    Task DeleteAsync(string key, CancellationToken cancellationToken);
}

public sealed record StoredContent(byte[] Content, string ContentType, string Sha256);

/// <summary>Upload settings (configuration section "Uploads").</summary>
public sealed class UploadOptions
{
    public const string SectionName = "Uploads";

    public long MaxBytes { get; set; } = UploadRules.DefaultMaxBytes;
}
