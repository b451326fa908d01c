using CoopPortal.Application.Assemblies.Common;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Time;
using CoopPortal.Domain.Assemblies;

namespace CoopPortal.Application.Assemblies.SubmitMinutes;

/// <summary>
/// A manager sends the minutes after the meeting: refused with every problem of the minutes rules by field while one is
/// left (quorum of the call, a resolution per item, only approved candidates elected, the signed scan); a supervised
/// assembly's minutes go to its observer first, others to the office.
/// </summary>
public sealed class SubmitMinutesHandler(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, MinutesContextBuilder contexts, PortalClock clock)
{
    public async Task<Result> HandleAsync(Guid assemblyId, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var assembly = await GeneralAssemblyAccess.LoadOwnAsync(db, assemblyId, user, cancellationToken);
        if (assembly is null)
        {
            return Result.NotFound();
        }

        var context = await contexts.BuildAsync(db, assembly.Id, cancellationToken);
        if (assembly.IsMinutesEditable && MinutesRules.Validate(assembly, context) is { Count: > 0 } problems)
        {
            return Result.Invalid(problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()));
        }

        return await SaveResults.SaveAsync(async () =>
        {
            assembly.SubmitMinutes(context, clock.UtcNow);
            await db.SaveChangesAsync(cancellationToken);
        });
    }
}
