using CoopPortal.Domain.Cooperatives;

namespace CoopPortal.Application.Supervision.Compliance;

/// <summary>A cooperative that has not declared on time.</summary>
/// <param name="MissingYears">The fiscal years past their due date with no declaration sent, newest first.</param>
/// <param name="PossiblyDormant">No declaration for the last consecutive years the settings name (راکد؟); never for a cooperative whose dissolution was decided.</param>
/// <param name="Status">Where the cooperative stands in its life (<see cref="CooperativeLifecycle.Machine"/>).</param>
/// <param name="OrdinaryAssemblyHeldOn">
/// The day of the ordinary assembly of the list's fiscal year, held and recorded (confirmed) in the portal; null when
/// the portal recorded none (<see cref="Common.RecordedFacts"/>).
/// </param>
public sealed record ComplianceItem(
    Guid CooperativeId,
    string Name,
    string? RegistrationNumber,
    string County,
    IReadOnlyList<int> MissingYears,
    DateOnly OldestDueOn,
    bool PossiblyDormant,
    int? LastDeclaredYear,
    DateOnly? OrdinaryAssemblyHeldOn = null,
    CooperativeStatus Status = CooperativeStatus.Active)
{
    /// <summary>
    /// Whether the office may open a dormancy case on this row (issue 21 point 1): possibly dormant and still active.
    /// The list offers the button by it and <c>OpenDormancyCaseHandler</c> refuses by it.
    /// </summary>
    public bool MayOpenDormancyCase => PossiblyDormant && Status == CooperativeStatus.Active;
}
