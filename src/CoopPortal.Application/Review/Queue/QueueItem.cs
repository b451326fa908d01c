using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Security;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Formation;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Review.Queue;

public sealed record QueueItem(
    Guid Id, string TrackingCode, string? FirstName, ApplicationStatus Status, int? CountyId, int? OrientationId,
    DateTime SubmittedAtUtc, int WaitingDays, bool Overdue, string? ClaimedByUserId);
