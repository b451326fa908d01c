using CoopPortal.Application.Common.Files;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Formation.Common;
using CoopPortal.Domain.Formation;

namespace CoopPortal.Application.Formation.Documents;

/// <summary>Takes an upload for an application's documents section (checks in <see cref="UploadIntake"/>) and records it through <see cref="CaseFiles"/>.</summary>
public sealed class UploadDocumentHandler(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, CaseFiles files, FormationContext context)
{
    public const string FileField = CaseFiles.FileField;

    public long MaxBytes => files.MaxBytes;

    public const string UnknownKind = "این نوع مدرک در سامانه تعریف نشده است؛ صفحه را دوباره باز کنید.";

    public static string KindRetired(string title) => $"«{title}» دیگر پذیرفته نمی‌شود؛ مدیر سامانه این نوع مدرک را غیرفعال کرده است.";

    public async Task<Result<Guid>> HandleAsync(Guid applicationId, DocumentKind kind, string fileName, long declaredSize, Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (files.CheckDeclaredSize(declaredSize) is { Succeeded: false } tooLarge)
        {
            return Result<Guid>.FailedAs(tooLarge);
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

        // A kind the administrator retired is not offered any more, unless this application's rules require it; a kind
        // no row holds was never offered.
        var validation = await context.BuildAsync(db, application, cancellationToken);
        if (!validation.Documents.Contains(kind))
        {
            return Result<Guid>.Invalid(new Dictionary<string, string[]> { [FileField] = [UnknownKind] });
        }

        if (!validation.Documents.IsActive(kind) && !validation.RequiredDocumentsOf(application).Contains(kind))
        {
            return Result<Guid>.Invalid(new Dictionary<string, string[]> { [FileField] = [KindRetired(validation.Documents.Title(kind))] });
        }

        return await files.AttachAsync(db, application.Documents.Select(d => d.Size).ToList(), fileName, content, upload =>
            application.AttachDocument(kind, upload.FileName, upload.ContentType, upload.Size, upload.Sha256, upload.StorageKey, context.UtcNow).Id,
            cancellationToken);
    }
}
