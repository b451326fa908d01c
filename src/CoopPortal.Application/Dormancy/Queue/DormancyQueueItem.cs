using CoopPortal.Domain.Dormancy;

namespace CoopPortal.Application.Dormancy.Queue;

/// <summary>A dormancy case in the office's queue.</summary>
public sealed record DormancyQueueItem(
    Guid Id, string CooperativeName, string? RegistrationNumber, DormancyStatus Status, DateTime OpenedAtUtc, DateOnly DeadlineOn, bool DeadlinePassed, bool Escalated);
