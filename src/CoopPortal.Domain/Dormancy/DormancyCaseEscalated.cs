using CoopPortal.Domain.Common;

namespace CoopPortal.Domain.Dormancy;

/// <summary>
/// A dormancy case passed its deadline without a decision and was marked escalated (once); the heads of its office are
/// told by the event's handler, in the same save as the mark (as <c>ApplicationEscalated</c>).
/// </summary>
public sealed record DormancyCaseEscalated(DormancyCase Case, DateTime AtUtc) : IDomainEvent;
