using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Time;
using CoopPortal.Domain.Assemblies;
using CoopPortal.Domain.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoopPortal.Application.Assemblies.Common;

/// <summary>Gathers what the minutes rules need: today, the registry's, the assembly's and the liquidation's rules, the approved candidates.</summary>
public sealed class MinutesContextBuilder(IAssemblyRulesProvider rules, IOptionsMonitor<RegistryRules> registry, IOptionsMonitor<Domain.Liquidation.LiquidationRules> liquidation, PortalClock clock)
{
    public async Task<MinutesContext> BuildAsync(IAppDbContext db, Guid assemblyId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var approved = await db.Candidacies.AsNoTracking()
            .Where(c => c.AssemblyId == assemblyId && c.Status == CandidacyStatus.Approved)
            .Select(c => new { c.Post, c.NationalCode })
            .ToListAsync(cancellationToken);
        return new MinutesContext(clock.Today, registry.CurrentValue, rules.Current, approved.Select(c => (c.Post, c.NationalCode)).ToList())
        {
            Liquidation = liquidation.CurrentValue,
        };
    }
}
