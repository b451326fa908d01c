using CoopPortal.Domain.Formation;

namespace CoopPortal.Application.Formation.Common;

/// <summary>The configurable formation rules in force (configuration now; admin-editable settings later).</summary>
public interface IFormationRulesProvider
{
    Task<FormationRules> GetAsync(CancellationToken cancellationToken);
}
