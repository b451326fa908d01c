using CoopPortal.Domain.Registry;

namespace CoopPortal.Domain.Assemblies;

/// <summary>
/// What the minutes are checked against: today (Iran), the registry's board rules, the assembly rules (quorum), and the
/// approved candidates (post and national code): only they may be recorded as elected.
/// </summary>
public sealed record MinutesContext(DateOnly Today, RegistryRules Registry, AssemblyRules Rules, IReadOnlyCollection<(OfficerRole Post, string NationalCode)> ApprovedCandidates);
