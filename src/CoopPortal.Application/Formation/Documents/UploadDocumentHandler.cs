using System.Security.Cryptography;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Formation.Common;
using CoopPortal.Domain.Formation;
using Microsoft.Extensions.Options;

namespace CoopPortal.Application.Formation.Documents;

/// <summary>
/// Takes an upload: refuses it before reading when the declared size is over the limit, reads at most limit + 1 bytes,
/// accepts only PDF, JPEG and PNG by their content, stores the bytes with their SHA-256 and records the document.
/// </summary>
public sealed class UploadDocumentHandler(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, IDocumentStore store, FormationContext context, IOptions<UploadOptions> options)
{
    public const string FileField = "File";

    public long MaxBytes => options.Value.MaxBytes;

    public async Task<Result<Guid>> HandleAsync(Guid applicationId, DocumentKind kind, string fileName, long declaredSize, Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var max = options.Value.MaxBytes;
        if (declaredSize > max)
        {
            return Invalid(UploadRules.TooLarge(max));
        }

        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var application = await ApplicationAccess.LoadOwnAsync(db, applicationId, user, cancellationToken);
        if (application is null)
        {
            return Result<Guid>.NotFound();
        }

        if (!application.CanEdit(ApplicationSection.Documents))
        {
            return Result<Guid>.Conflict(application.Status == ApplicationStatus.ReturnedForCorrection ? FormationApplication.SectionNotReturned : FormationApplication.NotEditable);
        }

        var bytes = await ReadAtMostAsync(content, max + 1, cancellationToken);
        if (bytes.Length > max)
        {
            return Invalid(UploadRules.TooLarge(max));
        }

        if (bytes.Length == 0)
        {
            return Invalid(UploadRules.EmptyFile);
        }

        var contentType = UploadRules.DetectContentType(bytes.AsSpan(0, Math.Min(bytes.Length, 16)));
        if (contentType is null)
        {
            return Invalid(UploadRules.TypeNotAllowed);
        }

        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var key = await store.SaveAsync(bytes, contentType, sha256, cancellationToken);
        Guid documentId = Guid.Empty;
        var saved = await FormationResults.SaveAsync(async () =>
        {
            documentId = application.AttachDocument(kind, UploadRules.SafeFileName(fileName), contentType, bytes.Length, sha256, key, context.UtcNow).Id;
            await db.SaveChangesAsync(cancellationToken);
        });
        if (!saved.Succeeded)
        {
            await store.DeleteAsync(key, cancellationToken);
            return Result<Guid>.FailedAs(saved);
        }

        return Result<Guid>.Success(documentId);
    }

    private static Result<Guid> Invalid(string message) =>
        Result<Guid>.Invalid(new Dictionary<string, string[]> { [FileField] = [message] });

    private static async Task<byte[]> ReadAtMostAsync(Stream stream, long limit, CancellationToken cancellationToken)
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
