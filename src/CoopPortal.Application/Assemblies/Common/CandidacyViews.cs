using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Staff;
using CoopPortal.Application.Common.Time;
using CoopPortal.Application.Registry.Common;
using CoopPortal.Domain.Assemblies;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Assemblies.Common;

/// <summary>Builds the <see cref="CandidacyView"/> of a candidacy for the caller.</summary>
public sealed class CandidacyViews(IAssemblyRulesProvider rules, IStaffDirectory staff, PortalClock clock)
{
    public async Task<CandidacyView> BuildAsync(IAppDbContext db, Candidacy candidacy, ICurrentUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(candidacy);
        ArgumentNullException.ThrowIfNull(user);
        var current = rules.Current;
        var findings = candidacy.Status == CandidacyStatus.Registered
            ? EligibilityRules.Check(await CandidateFactsQuery.ReadAsync(db, candidacy, clock.Today, cancellationToken), current)
            : candidacy.Findings;
        var cooperativeName = await db.Cooperatives.Where(c => c.Id == candidacy.CooperativeId).Select(c => c.Name).SingleAsync(cancellationToken);
        var history = new List<CaseEventView>();
        foreach (var e in candidacy.Events)
        {
            var actor = e.ActorUserId == candidacy.CandidateUserId ? null : await staff.FullNameAsync(e.ActorUserId, cancellationToken);
            history.Add(new CaseEventView(e.AtUtc, CandidacyText.ActionTitle(e.Action), CandidacyText.Title(e.ToStatus), e.Comment, actor));
        }

        var isCandidate = candidacy.CandidateUserId == user.UserId;
        return new CandidacyView(
            candidacy.Id, candidacy.AssemblyId, cooperativeName, candidacy.FullName, candidacy.NationalCode, candidacy.Post, candidacy.Status,
            candidacy.Files, EligibilityRules.Required(current), findings, candidacy.DecisionReason, history, isCandidate,
            await ActionsAsync(db, candidacy, user, isCandidate, cancellationToken));
    }

    /// <summary>The candidacy's table steps open to the caller: the candidate's withdrawal; the office's decision, never on their own candidacy or a cooperative they manage.</summary>
    private static async Task<IReadOnlySet<CandidacyAction>> ActionsAsync(IAppDbContext db, Candidacy candidacy, ICurrentUser user, bool isCandidate, CancellationToken cancellationToken)
    {
        if (!isCandidate && await GeneralAssemblyAccess.LoadAsync(db, candidacy.AssemblyId, user, cancellationToken) is var (_, cooperative)
            && (GeneralAssemblyAccess.IsManager(cooperative, user) || !GeneralAssemblyAccess.IsOfficeStaff(user)))
        {
            return new HashSet<CandidacyAction>();
        }

        return WorkflowAuthorization.OpenActions(Candidacy.Workflow, candidacy.Status, user, isOwner: isCandidate, candidacy.Parties).ToHashSet();
    }
}
