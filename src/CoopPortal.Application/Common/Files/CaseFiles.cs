using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Domain.Common;

namespace CoopPortal.Application.Common.Files;

/// <summary>
/// The steps every case takes with its files, after its handler has loaded the case through its access rule: an upload
/// is taken by <see cref="UploadIntake"/> and recorded on the case, or its bytes are discarded when the case refuses it;
/// a file's record is removed and then its bytes; a file is read back for download (not found when it is not the
/// case's, or its bytes are gone).
/// </summary>
public sealed class CaseFiles(UploadIntake intake, IDocumentStore store)
{
    public const string FileField = UploadIntake.FileField;

    public long MaxBytes => intake.MaxBytes;

    /// <summary>Refuses a declared size over the limit before anything is read or loaded.</summary>
    public Result CheckDeclaredSize(long declaredSize) => intake.CheckDeclaredSize(declaredSize);

    /// <summary>
    /// Stores the upload, records it with <paramref name="attach"/> (the case's own step, returning the file's id) and
    /// saves <paramref name="db"/>; when the case refuses it (a Persian conflict) the stored bytes are removed again.
    /// <paramref name="existingSizes"/> are the sizes of the files the case holds now: one more file over the case's cap
    /// (count or bytes, <see cref="UploadOptions"/>) is refused with a Persian message naming the cap.
    /// </summary>
    public async Task<Result<Guid>> AttachAsync(IAppDbContext db, IReadOnlyCollection<long> existingSizes, string fileName, Stream content, Func<StoredUpload, Guid> attach, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(attach);
        var stored = await intake.StoreAsync(fileName, content, existingSizes, cancellationToken);
        if (stored.Value is not { } upload)
        {
            return Result<Guid>.FailedAs(stored);
        }

        var fileId = Guid.Empty;
        var saved = await SaveResults.SaveAsync(async () =>
        {
            fileId = attach(upload);
            await db.SaveChangesAsync(cancellationToken);
        });
        if (!saved.Succeeded)
        {
            await intake.DiscardAsync(upload, cancellationToken);
            return Result<Guid>.FailedAs(saved);
        }

        return Result<Guid>.Success(fileId);
    }

    /// <summary>
    /// Removes a file's record with <paramref name="remove"/> (the case's own step, returning the file's storage key) and
    /// saves <paramref name="db"/>; the bytes are deleted only once that is saved.
    /// </summary>
    public async Task<Result> RemoveAsync(IAppDbContext db, Func<string> remove, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(remove);
        string? key = null;
        var result = await SaveResults.SaveAsync(async () =>
        {
            key = remove();
            await db.SaveChangesAsync(cancellationToken);
        });
        if (result.Succeeded && key is not null)
        {
            await store.DeleteAsync(key, cancellationToken);
        }

        return result;
    }

    /// <summary>The bytes of a case's file; not found when there is no such file (null) or its bytes are gone.</summary>
    public Task<Result<FileDownload>> ReadAsync(AttachedFile? file, CancellationToken cancellationToken) =>
        file is null
            ? Task.FromResult(Result<FileDownload>.NotFound())
            : ReadAsync(file.StorageKey, file.ContentType, file.FileName, file.Sha256, cancellationToken);

    /// <summary>The bytes kept under <paramref name="storageKey"/>, with the record's name and type; not found when they are gone.</summary>
    public async Task<Result<FileDownload>> ReadAsync(string storageKey, string contentType, string fileName, string sha256, CancellationToken cancellationToken)
    {
        var content = await store.ReadAsync(storageKey, cancellationToken);
        return content is null
            ? Result<FileDownload>.NotFound()
            : Result<FileDownload>.Success(new FileDownload(content.Content, contentType, fileName, sha256));
    }
}
