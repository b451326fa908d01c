using CoopPortal.Application.Assemblies.Common;
using CoopPortal.Application.Supervision.Common;
using CoopPortal.Domain.Assemblies;
using Microsoft.Extensions.Options;

namespace CoopPortal.Infrastructure.Assemblies;

/// <summary>
/// The assembly rules from configuration ("AssemblyRules", with an administrator's values), the ordinary assembly's
/// window taken from the one setting the risk rules also read ("Supervision:AssemblyWindowMonths"), so the notice and
/// rule R01 never disagree.
/// </summary>
internal sealed class ConfigurationAssemblyRulesProvider(IOptionsMonitor<AssemblyRules> rules, IOptionsMonitor<SupervisionOptions> supervision) : IAssemblyRulesProvider
{
    public AssemblyRules Current => rules.CurrentValue with { OrdinaryWindowMonths = supervision.CurrentValue.AssemblyWindowMonths };
}
