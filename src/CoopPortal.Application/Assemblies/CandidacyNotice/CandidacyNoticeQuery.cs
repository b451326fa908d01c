using CoopPortal.Application.Assemblies.Common;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Time;
using CoopPortal.Domain.Assemblies;
using CoopPortal.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Assemblies.CandidacyNotice;

/// <summary>
/// The published notice of an assembly that elects officers, for a signed-in person who may stand (the candidate's
/// registration page): null for a draft, an assembly that elects nobody, or a visitor who is not signed in.
/// </summary>
public sealed class CandidacyNoticeQuery(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, IAssemblyRulesProvider rules, PortalClock clock)
{
    public async Task<CandidacyNotice?> HandleAsync(Guid assemblyId, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        if (!user.IsAuthenticated)
        {
            return null;
        }

        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var assembly = await db.GeneralAssemblies.AsNoTracking()
            .SingleOrDefaultAsync(a => a.Id == assemblyId && a.Status != GeneralAssemblyStatus.Draft, cancellationToken);
        if (assembly is null || assembly.ElectedPosts.Count == 0)
        {
            return null;
        }

        var closed = assembly.CandidacyRefusal(assembly.ElectedPosts[0], clock.Today);
        return new CandidacyNotice(
            assembly.Id, assembly.CooperativeName, assembly.Notice.Kind, assembly.Notice.MeetingOn, assembly.Notice.MeetingTime,
            assembly.Notice.Place, assembly.Notice.OnlineLink, assembly.Agenda, assembly.ElectedPosts, closed, EligibilityRules.Required(rules.Current));
    }
}
