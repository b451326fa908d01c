using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Time;
using CoopPortal.Application.Registry.Common;
using CoopPortal.Domain.Registry;

namespace CoopPortal.Application.Registry.SubmitAssembly;

/// <summary>Sends the founding assembly to the office; when something is missing, every problem comes back by field.</summary>
public sealed class SubmitAssemblyHandler(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, AssemblyContextBuilder contexts, PortalClock clock)
{
    public async Task<Result> HandleAsync(Guid assemblyId, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var assembly = await RegistryAccess.LoadOwnAssemblyAsync(db, assemblyId, user, cancellationToken);
        if (assembly is null)
        {
            return Result.NotFound();
        }

        var (context, _) = await contexts.BuildAsync(db, assembly.ApplicationId, cancellationToken);
        if (assembly.IsEditable && AssemblyValidator.Validate(assembly, context) is { Count: > 0 } problems)
        {
            return RegistryResults.Invalid(problems);
        }

        return await SaveResults.SaveAsync(async () =>
        {
            assembly.Submit(context, clock.UtcNow);
            await db.SaveChangesAsync(cancellationToken);
        });
    }
}
