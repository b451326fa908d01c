using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Registry.Common;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Registry.GetAssembly;

/// <summary>The assembly of an application the caller may see, if one was started.</summary>
public sealed class AssemblyOfApplicationQuery(IAppDbContextFactory dbFactory, ICurrentUserService currentUser)
{
    public async Task<Guid?> HandleAsync(Guid applicationId, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var assembly = await db.FoundingAssemblies.AsNoTracking().SingleOrDefaultAsync(a => a.ApplicationId == applicationId, cancellationToken);
        return assembly is not null && RegistryAccess.CanSee(assembly, user) ? assembly.Id : null;
    }
}
