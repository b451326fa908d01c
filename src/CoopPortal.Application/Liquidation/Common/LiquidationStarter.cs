using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Registry.Lifecycle;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Liquidation;

namespace CoopPortal.Application.Liquidation.Common;

/// <summary>
/// Starts a liquidation inside the caller's step and transaction: the cooperative's status moves through its own table
/// (<see cref="CooperativeLifecycleAccess.Refusal"/>, then <see cref="Cooperative.ChangeStatus"/>: Active → InLiquidation
/// for an extraordinary assembly's resolution, Dissolved → InLiquidation for the office's) and the case is added. Both
/// commit with the caller's save or neither does. A refusal is a <see cref="DomainException"/> (a Persian conflict).
/// </summary>
public static class LiquidationStarter
{
    public static LiquidationCase Start(
        IAppDbContext db, Cooperative cooperative, LiquidationSource source, Guid? assemblyId, IReadOnlyList<Liquidator> liquidators,
        DateOnly startsOn, DateOnly endsOn, LiquidationRules rules, ICurrentUser user, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(cooperative);
        ArgumentNullException.ThrowIfNull(user);
        var action = source == LiquidationSource.Assembly ? CooperativeStatusAction.ResolveDissolution : CooperativeStatusAction.StartLiquidation;
        if (CooperativeLifecycleAccess.Refusal(cooperative, action, user) is { } refusal)
        {
            throw new DomainException(refusal);
        }

        var liquidation = LiquidationCase.Start(cooperative, source, assemblyId, liquidators, startsOn, endsOn, rules, user.UserId!, nowUtc);
        cooperative.ChangeStatus(action, user.UserId!, null, null, nowUtc);
        db.Liquidations.Add(liquidation);
        return liquidation;
    }
}
