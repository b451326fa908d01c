using CoopPortal.Application.Assemblies.Common;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Time;
using CoopPortal.Domain.Assemblies;

namespace CoopPortal.Application.Assemblies.DecideCandidacy;

/// <summary>
/// A reviewer or head of the province approves or refuses a candidate: the eligibility rules run on the registry as it
/// is now and their findings are kept with the decision; approval is refused while a rule bars the candidate; a refusal
/// needs a reason the candidate and the manager read (they are told). Nobody decides their own candidacy or one at a
/// cooperative they manage; two people deciding at once give one decision.
/// </summary>
public sealed class CandidacyDecisionHandler(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, IAssemblyRulesProvider rules, PortalClock clock)
{
    public const string StaffOnly = "بررسی صلاحیت نامزدها با کارشناسان و رئیس اداره کل تعاون استان است.";

    public Task<Result> ApproveAsync(Guid candidacyId, CancellationToken cancellationToken) =>
        DecideAsync(candidacyId, CandidacyAction.Approve, (candidacy, reviewer, findings) => candidacy.Approve(reviewer, findings, clock.UtcNow), cancellationToken);

    public Task<Result> RefuseAsync(Guid candidacyId, string? reason, CancellationToken cancellationToken) =>
        DecideAsync(candidacyId, CandidacyAction.Refuse, (candidacy, reviewer, findings) => candidacy.Refuse(reviewer, reason ?? string.Empty, findings, clock.UtcNow), cancellationToken);

    private async Task<Result> DecideAsync(Guid candidacyId, CandidacyAction action, Action<Candidacy, string, IReadOnlyList<EligibilityFinding>> decide, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var candidacy = await CandidacyAccess.LoadAsync(db, candidacyId, user, cancellationToken, tracking: true);
        if (candidacy is null || candidacy.CandidateUserId == user.UserId
            || await GeneralAssemblyAccess.LoadAsync(db, candidacy.AssemblyId, user, cancellationToken) is not var (_, cooperative)
            || GeneralAssemblyAccess.IsManager(cooperative, user))
        {
            return Result.NotFound();
        }

        if (WorkflowAuthorization.Refusal(Candidacy.Workflow, candidacy.Status, action, user, isOwner: false, candidacy.Parties, _ => StaffOnly) is { } refusal)
        {
            return Result.Forbidden(refusal);
        }

        var findings = EligibilityRules.Check(await CandidateFactsQuery.ReadAsync(db, candidacy, clock.Today, cancellationToken), rules.Current);
        return await SaveResults.SaveAsync(async () =>
        {
            decide(candidacy, user.UserId!, findings);
            await db.SaveChangesAsync(cancellationToken);
        });
    }
}
