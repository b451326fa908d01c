using CoopPortal.Application.Common.Files;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Registry.Common;

namespace CoopPortal.Application.Registry.AssemblyFiles;

/// <summary>A file of the founding assembly, for its applicant and the office staff of its province; not found for anyone else.</summary>
public sealed class DownloadAssemblyFileHandler(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, CaseFiles files)
{
    public async Task<Result<FileDownload>> HandleAsync(Guid assemblyId, Guid fileId, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var assembly = await RegistryAccess.LoadAssemblyAsync(db, assemblyId, user, cancellationToken);
        return await files.ReadAsync(assembly?.Files.SingleOrDefault(f => f.Id == fileId), cancellationToken);
    }
}
