using CoopPortal.Domain.Cooperatives;

namespace CoopPortal.Application.Registry.Lifecycle;

/// <summary>A line of a cooperative's status history as the card shows it.</summary>
public sealed record CooperativeStatusLine(
    DateTime AtUtc, CooperativeStatusAction Action, CooperativeStatus From, CooperativeStatus To, string? Reason, string? LegalGround);
