using CoopPortal.Application.Common.Files;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Time;
using CoopPortal.Application.Registry.Common;
using CoopPortal.Domain.Registry;

namespace CoopPortal.Application.Registry.AssemblyFiles;

/// <summary>Takes the minutes, bylaws or bank certificate of an editable founding assembly (checks in <see cref="UploadIntake"/>) and records it.</summary>
public sealed class UploadAssemblyFileHandler(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, CaseFiles files, PortalClock clock)
{
    public long MaxBytes => files.MaxBytes;

    public async Task<Result<Guid>> HandleAsync(Guid assemblyId, AssemblyFileKind kind, string fileName, long declaredSize, Stream content, CancellationToken cancellationToken)
    {
        if (files.CheckDeclaredSize(declaredSize) is { Succeeded: false } tooLarge)
        {
            return Result<Guid>.FailedAs(tooLarge);
        }

        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var assembly = await RegistryAccess.LoadOwnAssemblyAsync(db, assemblyId, user, cancellationToken);
        if (assembly is null)
        {
            return Result<Guid>.NotFound();
        }

        if (!assembly.IsEditable)
        {
            return Result<Guid>.Conflict(FoundingAssembly.NotEditable);
        }

        return await files.AttachAsync(db, assembly.Files.Select(f => f.Size).ToList(), fileName, content, upload =>
            assembly.AttachFile(kind, upload.FileName, upload.ContentType, upload.Size, upload.Sha256, upload.StorageKey, clock.UtcNow).Id,
            cancellationToken);
    }
}
