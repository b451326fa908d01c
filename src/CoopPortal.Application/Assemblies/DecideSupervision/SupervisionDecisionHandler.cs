using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Assemblies.Common;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Staff;
using CoopPortal.Application.Common.Time;
using CoopPortal.Domain.Assemblies;
using CoopPortal.Domain.Cooperatives;

namespace CoopPortal.Application.Assemblies.DecideSupervision;

/// <summary>
/// The head of office decides the supervision of a published assembly of the province: assigns an observer from the
/// province's reviewers (never one of the cooperative's managers), or records that none goes with a reason (refused
/// when the policy requires one: elections or dissolution on the agenda, a high-risk cooperative). A manager of the
/// cooperative never decides it.
/// </summary>
public sealed class SupervisionDecisionHandler(
    IAppDbContextFactory dbFactory, ICurrentUserService currentUser, IStaffDirectory staff, IAssemblyRulesProvider rules, PortalClock clock)
{
    public const string HeadOnly = "تعیین ناظر مجمع با رئیس اداره کل تعاون استان است.";
    public const string NotAReviewer = "ناظر را از کارشناسان همین اداره کل برگزینید.";
    public const string ObserverIsParty = "این کارشناس از مدیران همین تعاونی است و ناظر مجمع آن نمی‌شود؛ کارشناس دیگری را برگزینید.";

    /// <summary>The province's reviewers the head may assign.</summary>
    public async Task<Result<IReadOnlyList<StaffMember>>> ObserversAsync(Guid assemblyId, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        if (await GeneralAssemblyAccess.LoadAsync(db, assemblyId, user, cancellationToken) is not var (assembly, _) || !GeneralAssemblyAccess.IsOfficeStaff(user))
        {
            return Result<IReadOnlyList<StaffMember>>.NotFound();
        }

        return Result<IReadOnlyList<StaffMember>>.Success(await staff.ReviewersForAsync(assembly.ProvinceId, assembly.CountyId, cancellationToken));
    }

    public Task<Result> AssignObserverAsync(Guid assemblyId, string observerUserId, CancellationToken cancellationToken) =>
        DecideAsync(assemblyId, GeneralAssemblyAction.AssignObserver, async (db, assembly, cooperative, head) =>
        {
            if (string.IsNullOrEmpty(observerUserId) || !await staff.IsReviewerForAsync(observerUserId, assembly.ProvinceId, assembly.CountyId, cancellationToken))
            {
                return Result.Invalid(new Dictionary<string, string[]> { ["ObserverUserId"] = [NotAReviewer] });
            }

            // A manager of the cooperative could never take the observer's step (separation of duties), and after the
            // minutes no other observer can be assigned: the assembly would wait for them for ever.
            var managers = await staff.UserIdsByNationalCodesAsync(cooperative.Managers.Select(m => m.NationalCode).ToList(), cancellationToken);
            if (observerUserId == assembly.FiledByUserId || managers.Contains(observerUserId))
            {
                return Result.Invalid(new Dictionary<string, string[]> { ["ObserverUserId"] = [ObserverIsParty] });
            }

            var name = await staff.FullNameAsync(observerUserId, cancellationToken) ?? string.Empty;
            return await SaveResults.SaveAsync(async () =>
            {
                assembly.AssignObserver(head, observerUserId, name, clock.UtcNow);
                await db.SaveChangesAsync(cancellationToken);
            });
        }, cancellationToken);

    public Task<Result> WaiveAsync(Guid assemblyId, string? reason, CancellationToken cancellationToken) =>
        DecideAsync(assemblyId, GeneralAssemblyAction.WaiveSupervision, async (db, assembly, _, head) =>
        {
            var required = await SupervisionPolicy.RequiredBecauseAsync(db, assembly, rules.Current, cancellationToken);
            return await SaveResults.SaveAsync(async () =>
            {
                assembly.WaiveSupervision(head, reason ?? string.Empty, required, clock.UtcNow);
                await db.SaveChangesAsync(cancellationToken);
            });
        }, cancellationToken);

    private async Task<Result> DecideAsync(
        Guid assemblyId, GeneralAssemblyAction action, Func<IAppDbContext, GeneralAssembly, Cooperative, string, Task<Result>> decide, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        if (await GeneralAssemblyAccess.LoadAsync(db, assemblyId, user, cancellationToken, tracking: true) is not var (assembly, cooperative)
            || GeneralAssemblyAccess.IsManager(cooperative, user))
        {
            return Result.NotFound();
        }

        if (GeneralAssemblyAccess.Refusal(assembly, cooperative, action, user, _ => HeadOnly) is { } refusal)
        {
            return Result.Forbidden(refusal);
        }

        return await decide(db, assembly, cooperative, user.UserId!);
    }
}
