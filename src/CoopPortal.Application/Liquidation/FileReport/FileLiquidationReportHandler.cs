using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Time;
using CoopPortal.Application.Liquidation.Common;
using CoopPortal.Domain.Liquidation;
using Microsoft.Extensions.Options;

namespace CoopPortal.Application.Liquidation.FileReport;

/// <summary>
/// A liquidator writes a report (saved as typed: <see cref="SaveDraftAsync"/>, safe to run again) and files it as an
/// interim or the final report (<see cref="FileAsync"/>). Only a liquidator of this liquidation serving today: not found
/// for anyone else (another person, the office, a liquidator whose term ended).
/// </summary>
public sealed class FileLiquidationReportHandler(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, IOptionsMonitor<LiquidationRules> rules, PortalClock clock)
{
    public async Task<Result> SaveDraftAsync(Guid liquidationId, LiquidationDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var liquidation = await LiquidationAccess.LoadOwnAsync(db, liquidationId, user, clock.Today, cancellationToken);
        if (liquidation is null)
        {
            return Result.NotFound();
        }

        return await SaveResults.SaveAsync(async () =>
        {
            liquidation.EditDraft(draft, clock.UtcNow);
            await db.SaveChangesAsync(cancellationToken);
        });
    }

    public async Task<Result> FileAsync(Guid liquidationId, LiquidationReportKind kind, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var today = clock.Today;
        var liquidation = await LiquidationAccess.LoadOwnAsync(db, liquidationId, user, today, cancellationToken);
        if (liquidation is null)
        {
            return Result.NotFound();
        }

        var action = kind == LiquidationReportKind.Final ? LiquidationAction.FileFinal : LiquidationAction.FileInterim;
        var managers = await LiquidationAccess.ManagerCodesAsync(db, liquidation.CooperativeId, cancellationToken);
        if (LiquidationAccess.Refusal(liquidation, managers, action, user, today) is { } refusal)
        {
            return Result.Forbidden(refusal);
        }

        return await SaveResults.SaveAsync(async () =>
        {
            liquidation.FileReport(kind, user.UserId!, user.NationalCode, rules.CurrentValue, today, clock.UtcNow);
            await db.SaveChangesAsync(cancellationToken);
        });
    }
}
