using CoopPortal.Application.Common.Files;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Formation.Common;
using CoopPortal.Application.Formation.EditDraft;
using CoopPortal.Domain.Formation;

namespace CoopPortal.Application.Formation.Documents;

/// <summary>Takes an upload for an application's documents section (checks in <see cref="UploadIntake"/>) and records it through <see cref="CaseFiles"/>.</summary>
public sealed class UploadDocumentHandler(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, CaseFiles files, FormationContext context)
{
    public const string FileField = CaseFiles.FileField;

    public long MaxBytes => files.MaxBytes;

    public const string UnknownKind = "این نوع مدرک در سامانه تعریف نشده است؛ صفحه را دوباره باز کنید.";

    public static string KindRetired(string title) => $"«{title}» دیگر پذیرفته نمی‌شود؛ مدیر سامانه این نوع مدرک را غیرفعال کرده است.";

    /// <summary>
    /// Takes the file and answers with what the documents page shows after it (<see cref="DocumentsCheck"/>), so the page
    /// need not load the whole application again. Loads the row with its documents, and the members (see
    /// <see cref="ApplicationAccess.LoadOwnWithDocumentsAsync"/>), not the history.
    /// </summary>
    public async Task<Result<DocumentsCheck>> HandleAsync(Guid applicationId, DocumentKind kind, string fileName, long declaredSize, Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (files.CheckDeclaredSize(declaredSize) is { Succeeded: false } tooLarge)
        {
            return Result<DocumentsCheck>.FailedAs(tooLarge);
        }

        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var application = await ApplicationAccess.LoadOwnWithDocumentsAsync(db, applicationId, user, cancellationToken);
        if (application is null)
        {
            return Result<DocumentsCheck>.NotFound();
        }

        if (!application.CanEdit(ApplicationSection.Documents))
        {
            return Result<DocumentsCheck>.Conflict(application.Status == ApplicationStatus.ReturnedForCorrection ? FormationApplication.SectionNotReturned : FormationApplication.NotEditable);
        }

        // A kind the administrator retired is not offered any more, unless this application's rules require it; a kind
        // no row holds was never offered.
        var validation = await context.BuildForDocumentsAsync(db, application, cancellationToken);
        if (!validation.Documents.Contains(kind))
        {
            return Result<DocumentsCheck>.Invalid(new Dictionary<string, string[]> { [FileField] = [UnknownKind] });
        }

        if (!validation.Documents.IsActive(kind) && !validation.RequiredDocumentsOf(application).Contains(kind))
        {
            return Result<DocumentsCheck>.Invalid(new Dictionary<string, string[]> { [FileField] = [KindRetired(validation.Documents.Title(kind))] });
        }

        var attached = await files.AttachAsync(db, application.Documents.Select(d => d.Size).ToList(), fileName, content, upload =>
            application.AttachDocument(kind, upload.FileName, upload.ContentType, upload.Size, upload.Sha256, upload.StorageKey, context.UtcNow).Id,
            cancellationToken);
        return attached.Succeeded
            ? Result<DocumentsCheck>.Success(Check(application, validation, attached.Value))
            : Result<DocumentsCheck>.FailedAs(attached);
    }

    /// <summary>The documents section of the application as saved, and its documents.</summary>
    internal static DocumentsCheck Check(FormationApplication application, ValidationContext validation, Guid? changed)
    {
        var problems = FormationValidator.ValidateDocuments(application, validation);
        var section = new SectionCheck(ApplicationSection.Documents, application.StatusOfSection(ApplicationSection.Documents, problems), problems);
        return new DocumentsCheck(section, application.Documents, changed);
    }
}
