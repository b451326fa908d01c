using CoopPortal.Application.Assemblies.ChangeNotice;
using CoopPortal.Application.Assemblies.Common;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Time;
using CoopPortal.Application.Liquidation.Common;
using CoopPortal.Domain.Assemblies;
using CoopPortal.Domain.Liquidation;
using CoopPortal.Domain.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoopPortal.Application.Assemblies.ReviewMinutes;

/// <summary>
/// A reviewer or head of the province decides the minutes (after the observer's report when supervised): sends them
/// back with what to correct, or confirms them, and the registry changes in the same save (officers with new terms, the
/// replaced ones kept as history, capital, address, name; <see cref="Domain.Cooperatives.Cooperative.ApplyChange"/>) and
/// the registry-change notice (آگهی تغییرات) is issued (<see cref="ChangeNoticeIssuer"/>); minutes that adopt the
/// dissolution also put the cooperative in liquidation and start the liquidation case (<see cref="LiquidationStarter"/>).
/// Never the observer who reported on the meeting, a manager of the cooperative or one elected; two people deciding at
/// once give one decision (optimistic concurrency on the assembly and the cooperative).
/// </summary>
public sealed class MinutesReviewHandler(
    IAppDbContextFactory dbFactory, ICurrentUserService currentUser, IOptionsMonitor<RegistryRules> registry, IOptionsMonitor<LiquidationRules> liquidation,
    ChangeNoticeIssuer notices, PortalClock clock)
{
    public const string StaffOnly = "بررسی صورت‌جلسه مجمع با کارشناسان و رئیس اداره کل تعاون استان است.";

    public Task<Result> SendBackAsync(Guid assemblyId, string? comment, CancellationToken cancellationToken) =>
        DecideAsync(assemblyId, GeneralAssemblyAction.SendBack, (db, assembly, user) =>
        {
            assembly.SendBack(user.UserId!, comment ?? string.Empty, clock.UtcNow);
            return Task.FromResult<RegistryChangeNotice?>(null);
        }, cancellationToken);

    public Task<Result> ConfirmAsync(Guid assemblyId, CancellationToken cancellationToken) =>
        DecideAsync(assemblyId, GeneralAssemblyAction.Confirm, async (db, assembly, user) =>
        {
            var reviewer = user.UserId!;
            var cooperative = await db.Cooperatives.Include(c => c.Officers).Include(c => c.Managers).Include(c => c.PastOfficers).Include(c => c.StatusEvents)
                .SingleAsync(c => c.Id == assembly.CooperativeId, cancellationToken);
            var now = clock.UtcNow;
            var change = assembly.Confirm(reviewer, registry.CurrentValue, now);

            // The notice describes the registry before the change (old values, the officers replaced): issued first.
            var notice = await notices.IssueAsync(db, assembly, cooperative, change, reviewer, now, cancellationToken);
            cooperative.ApplyChange(change);

            // An extraordinary assembly that adopted the dissolution: the cooperative goes into liquidation with the
            // liquidators and period its minutes name, in this same transaction (issue 21, point 2).
            if (assembly.ResolvesDissolution && assembly.Notice.MeetingOn is { } meeting && assembly.Dissolution.EndsOn is { } endsOn)
            {
                LiquidationStarter.Start(
                    db, cooperative, LiquidationSource.Assembly, assembly.Id, assembly.Dissolution.LiquidatorsFrom(meeting), meeting, endsOn, liquidation.CurrentValue, user, now);
            }

            return notice;
        }, cancellationToken);

    private async Task<Result> DecideAsync(
        Guid assemblyId, GeneralAssemblyAction action, Func<IAppDbContext, GeneralAssembly, ICurrentUser, Task<RegistryChangeNotice?>> decide, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        if (await GeneralAssemblyAccess.LoadAsync(db, assemblyId, user, cancellationToken, tracking: true) is not var (assembly, cooperative)
            || GeneralAssemblyAccess.IsManager(cooperative, user))
        {
            return Result.NotFound();
        }

        if (GeneralAssemblyAccess.Refusal(assembly, cooperative, action, user, _ => StaffOnly) is { } refusal)
        {
            return Result.Forbidden(refusal);
        }

        RegistryChangeNotice? issued = null;
        var result = await SaveResults.SaveAsync(async () =>
        {
            // One transaction for the step, the registry change and the notice with its number (numbers are given
            // inside the caller's transaction, so a decision that fails takes none).
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var notice = await decide(db, assembly, user);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException ex) when (ex is not DbUpdateConcurrencyException)
            {
                // Another reviewer confirmed a moment earlier: the new managers (or the notice) are already there (unique index).
                throw new Domain.Common.DomainException(SaveResults.ChangedElsewhere);
            }

            await transaction.CommitAsync(cancellationToken);
            issued = notice;
        });
        if (issued is not null)
        {
            notices.Print(issued);
        }

        return result;
    }
}
