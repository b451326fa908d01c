using CoopPortal.Domain.Formation;

namespace CoopPortal.Domain.Registry;

/// <summary>What the assembly rules need from outside the assembly.</summary>
/// <param name="ApprovedOn">The day the formation approval was issued: the assembly cannot be earlier.</param>
/// <param name="Members">National code to name of the application's members: the board is elected among them.</param>
/// <param name="SubscribedCapital">The capital the members subscribed, in rials.</param>
public sealed record AssemblyContext(
    DateOnly ApprovedOn,
    IReadOnlyDictionary<string, string> Members,
    long SubscribedCapital,
    FormationRules Formation,
    RegistryRules Registry,
    DateOnly Today);
