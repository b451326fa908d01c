using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Assemblies.Common;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Time;
using CoopPortal.Domain.Assemblies;

namespace CoopPortal.Application.Assemblies.AnnounceAssembly;

/// <summary>
/// A manager publishes the notice today: refused with every problem of the notice rules by field while one is left
/// (notice period, the ordinary assembly's window, what each agenda item needs); the office is told (the step's event).
/// </summary>
public sealed class AnnounceAssemblyHandler(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, IAssemblyRulesProvider rules, PortalClock clock)
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

        var current = rules.Current;
        var problems = NoticeRules.Validate(assembly.Notice, assembly.Agenda, clock.Today, current);
        if (problems.Count > 0 && assembly.IsNoticeEditable)
        {
            return Result.Invalid(problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()));
        }

        return await SaveResults.SaveAsync(async () =>
        {
            assembly.Announce(clock.Today, current, clock.UtcNow);
            await db.SaveChangesAsync(cancellationToken);
        });
    }
}
