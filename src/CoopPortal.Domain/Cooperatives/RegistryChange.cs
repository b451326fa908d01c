using CoopPortal.Domain.Registry;

namespace CoopPortal.Domain.Cooperatives;

/// <summary>
/// What a confirmed general assembly changes in the registry (آگهی تغییرات), effective on the meeting day: the board
/// (principal and alternate members) or the inspectors when they were elected, each with their new term; the capital,
/// the address or the name when their agenda item was adopted. Null parts stay as they are.
/// </summary>
public sealed record RegistryChange(
    Guid AssemblyId,
    DateOnly EffectiveOn,
    IReadOnlyList<OfficerEntry>? Board = null,
    IReadOnlyList<OfficerEntry>? Inspectors = null,
    long? Capital = null,
    string? Address = null,
    string? Name = null)
{
    /// <summary>True when the assembly changed nothing the registry records (it approved statements only, say).</summary>
    public bool IsEmpty => Board is null && Inspectors is null && Capital is null && Address is null && Name is null;
}
