using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Domain.Assemblies;
using CoopPortal.Domain.Dormancy;
using CoopPortal.Domain.Supervision;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Dormancy.Common;

/// <summary>
/// Reads the facts the revival rules check from the portal's own tables, never from what someone typed: the owed years
/// for which a self-declaration has been sent (any status but draft), and the day of the first ordinary general assembly
/// of the cooperative (annual, or ordinary held extraordinarily: a revival rarely falls in the annual window) confirmed in
/// the portal after the case opened; an extraordinary assembly does not count.
/// </summary>
public static class RevivalFactsReader
{
    public static async Task<RevivalFacts> ReadAsync(IAppDbContext db, DormancyCase dormancyCase, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(dormancyCase);
        var owed = dormancyCase.OwedYears.ToList();
        var filed = await db.SelfDeclarations.AsNoTracking()
            .Where(d => d.CooperativeId == dormancyCase.CooperativeId && d.Status != DeclarationStatus.Draft && owed.Contains(d.FiscalYear))
            .Select(d => d.FiscalYear)
            .Distinct()
            .ToListAsync(cancellationToken);
        var openedAt = dormancyCase.OpenedAtUtc;
        var heldOn = await db.GeneralAssemblies.AsNoTracking()
            .Where(a => a.CooperativeId == dormancyCase.CooperativeId && a.Status == GeneralAssemblyStatus.Confirmed
                && (a.Notice.Kind == GeneralAssemblyKind.Ordinary || a.Notice.Kind == GeneralAssemblyKind.OrdinaryHeldExtraordinarily) && a.ConfirmedAtUtc > openedAt)
            .MinAsync(a => (DateOnly?)a.Notice.MeetingOn, cancellationToken);
        return new RevivalFacts(owed, filed, heldOn);
    }
}
