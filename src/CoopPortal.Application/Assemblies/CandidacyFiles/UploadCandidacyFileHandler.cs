using CoopPortal.Application.Assemblies.Common;
using CoopPortal.Application.Common.Files;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Time;
using CoopPortal.Domain.Assemblies;

namespace CoopPortal.Application.Assemblies.CandidacyFiles;

/// <summary>The candidate uploads a document (ID, criminal record) while the candidacy waits for the office (checks in <see cref="UploadIntake"/>).</summary>
public sealed class UploadCandidacyFileHandler(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, CaseFiles files, PortalClock clock)
{
    public long MaxBytes => files.MaxBytes;

    public async Task<Result<Guid>> HandleAsync(Guid candidacyId, CandidateFileKind kind, string fileName, long declaredSize, Stream content, CancellationToken cancellationToken)
    {
        if (files.CheckDeclaredSize(declaredSize) is { Succeeded: false } tooLarge)
        {
            return Result<Guid>.FailedAs(tooLarge);
        }

        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var candidacy = await CandidacyAccess.LoadOwnAsync(db, candidacyId, user, cancellationToken);
        if (candidacy is null)
        {
            return Result<Guid>.NotFound();
        }

        if (candidacy.Status != CandidacyStatus.Registered)
        {
            return Result<Guid>.Conflict(Candidacy.NotEditable);
        }

        return await files.AttachAsync(db, candidacy.Files.Select(f => f.Size).ToList(), fileName, content, upload =>
            candidacy.AttachFile(kind, upload.FileName, upload.ContentType, upload.Size, upload.Sha256, upload.StorageKey, clock.UtcNow).Id,
            cancellationToken);
    }
}
