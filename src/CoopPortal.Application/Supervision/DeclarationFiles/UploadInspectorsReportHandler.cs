using CoopPortal.Application.Common.Files;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Time;
using CoopPortal.Application.Registry.Common;
using CoopPortal.Domain.Supervision;

namespace CoopPortal.Application.Supervision.DeclarationFiles;

/// <summary>Takes the inspectors' report of an editable self-declaration (checks in <see cref="UploadIntake"/>) and records it.</summary>
public sealed class UploadInspectorsReportHandler(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, CaseFiles files, PortalClock clock)
{
    public long MaxBytes => files.MaxBytes;

    public async Task<Result<Guid>> HandleAsync(Guid declarationId, string fileName, long declaredSize, Stream content, CancellationToken cancellationToken)
    {
        if (files.CheckDeclaredSize(declaredSize) is { Succeeded: false } tooLarge)
        {
            return Result<Guid>.FailedAs(tooLarge);
        }

        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var declaration = await RegistryAccess.LoadOwnDeclarationAsync(db, declarationId, user, cancellationToken);
        if (declaration is null)
        {
            return Result<Guid>.NotFound();
        }

        if (!declaration.IsEditable)
        {
            return Result<Guid>.Conflict(SelfDeclaration.NotEditable);
        }

        return await files.AttachAsync(db, declaration.Files.Select(f => f.Size).ToList(), fileName, content, upload =>
            declaration.AttachInspectorsReport(upload.FileName, upload.ContentType, upload.Size, upload.Sha256, upload.StorageKey, clock.UtcNow).Id,
            cancellationToken);
    }
}
