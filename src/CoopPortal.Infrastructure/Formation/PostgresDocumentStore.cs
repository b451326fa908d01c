using CoopPortal.Application.Common.Files;
using CoopPortal.Infrastructure.Persistence;
using CoopPortal.Infrastructure.Persistence.Configurations;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Infrastructure.Formation;

/// <summary>Keeps uploaded bytes in PostgreSQL (table stored_files), outside wwwroot, with their SHA-256.</summary>
internal sealed class PostgresDocumentStore(IDbContextFactory<AppDbContext> factory, TimeProvider clock) : IDocumentStore
{
    public async Task<string> SaveAsync(ReadOnlyMemory<byte> content, string contentType, string sha256, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var file = new StoredFile
        {
            Id = Guid.NewGuid(),
            Content = content.ToArray(),
            ContentType = contentType,
            Sha256 = sha256,
            Size = content.Length,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.StoredFiles.Add(file);
        await db.SaveChangesAsync(cancellationToken);
        return file.Id.ToString("N");
    }

    public async Task<StoredContent?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        if (!Guid.TryParseExact(key, "N", out var id))
        {
            return null;
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var file = await db.StoredFiles.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id, cancellationToken);
        return file is null ? null : new StoredContent(file.Content, file.ContentType, file.Sha256);
    }

    public async Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        if (Guid.TryParseExact(key, "N", out var id))
        {
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            await db.StoredFiles.Where(f => f.Id == id).ExecuteDeleteAsync(cancellationToken);
        }
    }
}
