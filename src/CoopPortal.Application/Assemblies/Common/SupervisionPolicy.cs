using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Domain.Assemblies;
using CoopPortal.Domain.Supervision;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Assemblies.Common;

/// <summary>Reads what the supervision policy needs besides the assembly: whether the cooperative's last sent declaration was high-risk.</summary>
public static class SupervisionPolicy
{
    public static async Task<IReadOnlyList<string>> RequiredBecauseAsync(IAppDbContext db, GeneralAssembly assembly, AssemblyRules rules, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(assembly);
        var lastBand = await db.SelfDeclarations.AsNoTracking()
            .Where(d => d.CooperativeId == assembly.CooperativeId && d.Status != DeclarationStatus.Draft && d.RiskBand != null)
            .OrderByDescending(d => d.FiscalYear)
            .Select(d => d.RiskBand)
            .FirstOrDefaultAsync(cancellationToken);
        return assembly.SupervisionRequiredBecause(rules, lastBand == RiskBand.High);
    }
}
