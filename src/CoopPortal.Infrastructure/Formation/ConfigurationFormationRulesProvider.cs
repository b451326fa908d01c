using CoopPortal.Application.Formation.Common;
using CoopPortal.Domain.Formation;
using Microsoft.Extensions.Options;

namespace CoopPortal.Infrastructure.Formation;

/// <summary>The formation rules from configuration (section "FormationRules"), checked for sense at start-up.</summary>
internal sealed class ConfigurationFormationRulesProvider(IOptionsMonitor<FormationRules> rules) : IFormationRulesProvider
{
    public Task<FormationRules> GetAsync(CancellationToken cancellationToken) => Task.FromResult(rules.CurrentValue);
}
