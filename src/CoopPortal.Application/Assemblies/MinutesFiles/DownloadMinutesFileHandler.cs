using CoopPortal.Application.Assemblies.Common;
using CoopPortal.Application.Common.Files;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;

namespace CoopPortal.Application.Assemblies.MinutesFiles;

/// <summary>A file of an assembly's minutes, for its managers, the office of its province and its observer; not found for anyone else.</summary>
public sealed class DownloadMinutesFileHandler(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, CaseFiles files)
{
    public async Task<Result<FileDownload>> HandleAsync(Guid assemblyId, Guid fileId, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var loaded = await GeneralAssemblyAccess.LoadAsync(db, assemblyId, user, cancellationToken);
        return await files.ReadAsync(loaded?.Assembly.Files.SingleOrDefault(f => f.Id == fileId), cancellationToken);
    }
}
