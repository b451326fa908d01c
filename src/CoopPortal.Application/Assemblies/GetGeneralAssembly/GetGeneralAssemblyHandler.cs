using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Assemblies.Common;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;

namespace CoopPortal.Application.Assemblies.GetGeneralAssembly;

/// <summary>A general assembly as its managers, the office of its province and its observer see it; not found for anyone else.</summary>
public sealed class GetGeneralAssemblyHandler(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, GeneralAssemblyViews views)
{
    public async Task<Result<GeneralAssemblyView>> HandleAsync(Guid assemblyId, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        if (await GeneralAssemblyAccess.LoadAsync(db, assemblyId, user, cancellationToken) is not var (assembly, cooperative))
        {
            return Result<GeneralAssemblyView>.NotFound();
        }

        return Result<GeneralAssemblyView>.Success(await views.BuildAsync(db, assembly, cooperative, user, cancellationToken));
    }
}
