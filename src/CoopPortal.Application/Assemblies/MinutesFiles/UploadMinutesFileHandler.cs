using CoopPortal.Application.Assemblies.Common;
using CoopPortal.Application.Common.Files;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Time;
using CoopPortal.Domain.Assemblies;

namespace CoopPortal.Application.Assemblies.MinutesFiles;

/// <summary>Takes the signed minutes or the attendance list of an assembly whose minutes may be written (checks in <see cref="UploadIntake"/>).</summary>
public sealed class UploadMinutesFileHandler(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, CaseFiles files, PortalClock clock)
{
    public long MaxBytes => files.MaxBytes;

    public async Task<Result<Guid>> HandleAsync(Guid assemblyId, MinutesFileKind kind, string fileName, long declaredSize, Stream content, CancellationToken cancellationToken)
    {
        if (files.CheckDeclaredSize(declaredSize) is { Succeeded: false } tooLarge)
        {
            return Result<Guid>.FailedAs(tooLarge);
        }

        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var assembly = await GeneralAssemblyAccess.LoadOwnAsync(db, assemblyId, user, cancellationToken);
        if (assembly is null)
        {
            return Result<Guid>.NotFound();
        }

        if (!assembly.IsMinutesEditable)
        {
            return Result<Guid>.Conflict(GeneralAssembly.MinutesNotEditable);
        }

        return await files.AttachAsync(db, assembly.Files.Select(f => f.Size).ToList(), fileName, content, upload =>
            assembly.AttachFile(kind, upload.FileName, upload.ContentType, upload.Size, upload.Sha256, upload.StorageKey, clock.UtcNow).Id,
            cancellationToken);
    }
}
