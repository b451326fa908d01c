using CoopPortal.Domain.Formation;

namespace CoopPortal.Application.Formation.GetMyApplications;

public sealed record MyApplicationItem(Guid Id, string? TrackingCode, string? FirstName, ApplicationStatus Status, DateTime CreatedAtUtc, DateTime UpdatedAtUtc, DateTime? SubmittedAtUtc);
