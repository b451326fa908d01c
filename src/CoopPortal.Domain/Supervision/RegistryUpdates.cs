namespace CoopPortal.Domain.Supervision;

/// <summary>
/// Which parts of the registry confirmed general assemblies changed after the fiscal year last year's declaration
/// describes: the board (principal and alternate), the inspectors (principal and alternate), the capital. The next
/// declaration takes those parts from the registry rather than from last year's declaration.
/// </summary>
public sealed record RegistryUpdates(bool Board, bool Inspectors, bool Capital)
{
    public static RegistryUpdates None { get; } = new(false, false, false);
}
