using System.Security.Cryptography;
using CoopPortal.Application.Common.Results;
using CoopPortal.Domain.Common;
using Microsoft.Extensions.Options;

namespace CoopPortal.Application.Common.Files;

/// <summary>
/// Takes the bytes of an upload for any case (application documents, assembly minutes, inspectors' reports): refuses
/// before reading when the declared size is over the limit or the case already holds as many files as it may, reads at
/// most limit + 1 bytes, accepts only PDF, JPEG and PNG by their content, refuses a file that would take the case over
/// its total bytes, and stores the bytes with their SHA-256 under a name ending in the detected type's extension. Recording the file on its case (or discarding the
/// bytes when the case refuses it), removing and downloading are <see cref="CaseFiles"/>' steps.
/// </summary>
public sealed class UploadIntake(IDocumentStore store, IOptions<UploadOptions> options)
{
    public const string FileField = "File";

    public long MaxBytes => options.Value.MaxBytes;

    /// <summary>Refuses a declared size over the limit before anything is read.</summary>
    public Result CheckDeclaredSize(long declaredSize) =>
        declaredSize > MaxBytes ? Invalid(UploadRules.TooLarge(MaxBytes)) : Result.Success();

    /// <summary>
    /// Takes the upload for a case whose files have <paramref name="existingSizes"/> (their sizes in bytes): refused when
    /// one more file, or its bytes, would pass the case's cap (<see cref="UploadOptions"/>).
    /// </summary>
    public async Task<Result<StoredUpload>> StoreAsync(string fileName, Stream content, IReadOnlyCollection<long> existingSizes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(existingSizes);
        var settings = options.Value;
        if (UploadRules.CheckCaseCap(existingSizes, 0, settings.MaxFilesPerCase, long.MaxValue) is { } tooMany)
        {
            return Result<StoredUpload>.FailedAs(Invalid(tooMany));
        }

        var max = MaxBytes;
        var bytes = await ReadAtMostAsync(content, max + 1, cancellationToken);
        if (bytes.Length > max)
        {
            return Result<StoredUpload>.FailedAs(Invalid(UploadRules.TooLarge(max)));
        }

        if (bytes.Length == 0)
        {
            return Result<StoredUpload>.FailedAs(Invalid(UploadRules.EmptyFile));
        }

        var contentType = UploadRules.DetectContentType(bytes.AsSpan(0, Math.Min(bytes.Length, 16)));
        if (contentType is null)
        {
            return Result<StoredUpload>.FailedAs(Invalid(UploadRules.TypeNotAllowed));
        }

        if (UploadRules.CheckCaseCap(existingSizes, bytes.Length, settings.MaxFilesPerCase, settings.MaxBytesPerCase) is { } overCap)
        {
            return Result<StoredUpload>.FailedAs(Invalid(overCap));
        }

        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var key = await store.SaveAsync(bytes, contentType, sha256, cancellationToken);
        return Result<StoredUpload>.Success(new StoredUpload(UploadRules.StoredFileName(fileName, contentType), contentType, bytes.Length, sha256, key));
    }

    /// <summary>Removes bytes stored by <see cref="StoreAsync"/> that no case took.</summary>
    public Task DiscardAsync(StoredUpload upload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        return store.DeleteAsync(upload.StorageKey, cancellationToken);
    }

    private static Result Invalid(string message) =>
        Result.Invalid(new Dictionary<string, string[]> { [FileField] = [message] });

    /// <summary>Reads at most <paramref name="limit"/> bytes: a caller learns the stream is too long without reading it all.</summary>
    public static async Task<byte[]> ReadAtMostAsync(Stream stream, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        while (buffer.Length < limit)
        {
            var wanted = (int)Math.Min(chunk.Length, limit - buffer.Length);
            var read = await stream.ReadAsync(chunk.AsMemory(0, wanted), cancellationToken);
            if (read == 0)
            {
                break;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
