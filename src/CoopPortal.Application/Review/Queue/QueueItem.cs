using CoopPortal.Domain.Formation;

namespace CoopPortal.Application.Review.Queue;

public sealed record QueueItem(
    Guid Id, string TrackingCode, string? FirstName, ApplicationStatus Status, int? CountyId, int? OrientationId,
    DateTime SubmittedAtUtc, int WaitingDays, bool Overdue, string? ClaimedByUserId);
