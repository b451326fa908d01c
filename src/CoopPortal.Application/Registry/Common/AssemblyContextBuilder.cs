using CoopPortal.Application.Common.Formatting;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Time;
using CoopPortal.Application.Formation.Common;
using CoopPortal.Domain.Formation;
using CoopPortal.Domain.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoopPortal.Application.Registry.Common;

/// <summary>Gathers what the assembly rules need from the formation application behind it.</summary>
public sealed class AssemblyContextBuilder(IFormationRulesProvider formationRules, IOptionsMonitor<RegistryRules> registryRules, PortalClock clock)
{
    public RegistryRules Registry => registryRules.CurrentValue;

    public async Task<(AssemblyContext Context, FormationApplication Application)> BuildAsync(IAppDbContext db, Guid applicationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var application = await db.FormationApplications.AsNoTracking().Include(a => a.Members).Include(a => a.Events)
            .SingleAsync(a => a.Id == applicationId, cancellationToken);
        var approvedAt = application.Events.LastOrDefault(e => e.Action == WorkflowAction.Approve)?.AtUtc ?? application.UpdatedAtUtc;
        var members = application.Members
            .Where(m => m.NationalCode.Length == 10)
            .GroupBy(m => m.NationalCode)
            .ToDictionary(g => g.Key, g => g.First().FullName);
        var context = new AssemblyContext(
            PersianFormat.LocalDate(approvedAt), members, application.Capital.Total,
            await formationRules.GetAsync(cancellationToken), Registry, clock.Today);
        return (context, application);
    }
}
