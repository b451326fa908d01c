using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Staff;
using CoopPortal.Application.Common.Time;
using CoopPortal.Application.Registry.Common;
using CoopPortal.Domain.Assemblies;
using CoopPortal.Domain.Cooperatives;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Assemblies.Common;

/// <summary>Builds the <see cref="CandidacyView"/> of a candidacy for the caller.</summary>
public sealed class CandidacyViews(IAssemblyRulesProvider rules, IStaffDirectory staff, PortalClock clock)
{
    /// <inheritdoc cref="ManyAsync"/>
    public async Task<CandidacyView> BuildAsync(IAppDbContext db, Candidacy candidacy, Cooperative? seenThrough, ICurrentUser user, CancellationToken cancellationToken) =>
        (await ManyAsync(db, [candidacy], seenThrough, user, cancellationToken)).Single();

    /// <summary>
    /// The views of candidacies of one assembly, in order: the facts of those still to be checked read together and each
    /// staff member's name once (not once a candidate). <paramref name="seenThrough"/> is the cooperative when the caller
    /// sees the assembly (as <see cref="GeneralAssemblyAccess.LoadAsync"/> loaded it), null for a candidate who sees only
    /// their own candidacy: only office staff who see the assembly and do not manage its cooperative get the office's steps.
    /// </summary>
    public async Task<IReadOnlyList<CandidacyView>> ManyAsync(
        IAppDbContext db, IReadOnlyList<Candidacy> candidacies, Cooperative? seenThrough, ICurrentUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(candidacies);
        ArgumentNullException.ThrowIfNull(user);
        if (candidacies.Count == 0)
        {
            return [];
        }

        var current = rules.Current;
        var facts = await CandidateFactsQuery.ReadManyAsync(db, candidacies.Where(c => c.Status == CandidacyStatus.Registered).ToList(), clock.Today, cancellationToken);
        var cooperativeName = seenThrough?.Name
            ?? await db.Cooperatives.Where(c => c.Id == candidacies[0].CooperativeId).Select(c => c.Name).SingleAsync(cancellationToken);
        var names = new Dictionary<string, string?>(StringComparer.Ordinal);
        var officeMayDecide = seenThrough is not null && !GeneralAssemblyAccess.IsManager(seenThrough, user) && GeneralAssemblyAccess.IsOfficeStaff(user);
        var views = new List<CandidacyView>(candidacies.Count);
        foreach (var candidacy in candidacies)
        {
            var history = new List<CaseEventView>();
            foreach (var e in candidacy.Events)
            {
                string? actor = null;
                if (e.ActorUserId != candidacy.CandidateUserId && !names.TryGetValue(e.ActorUserId, out actor))
                {
                    actor = names[e.ActorUserId] = await staff.FullNameAsync(e.ActorUserId, cancellationToken);
                }

                history.Add(new CaseEventView(e.AtUtc, CandidacyText.ActionTitle(e.Action), CandidacyText.Title(e.ToStatus), e.Comment, actor));
            }

            var isCandidate = candidacy.CandidateUserId == user.UserId;
            var findings = facts.TryGetValue(candidacy.Id, out var known) ? EligibilityRules.Check(known, current) : candidacy.Findings;
            var actions = isCandidate || officeMayDecide
                ? WorkflowAuthorization.OpenActions(Candidacy.Workflow, candidacy.Status, user, isOwner: isCandidate, candidacy.Parties).ToHashSet()
                : [];
            views.Add(new CandidacyView(
                candidacy.Id, candidacy.AssemblyId, cooperativeName, candidacy.FullName, candidacy.NationalCode, candidacy.Post, candidacy.Status,
                candidacy.Files, EligibilityRules.Required(current), findings, candidacy.DecisionReason, history, isCandidate, actions));
        }

        return views;
    }
}
