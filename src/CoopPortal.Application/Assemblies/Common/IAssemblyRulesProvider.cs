using CoopPortal.Domain.Assemblies;

namespace CoopPortal.Application.Assemblies.Common;

/// <summary>The general-assembly rules in force (configuration, with an administrator's values; ADR 9).</summary>
public interface IAssemblyRulesProvider
{
    AssemblyRules Current { get; }
}
