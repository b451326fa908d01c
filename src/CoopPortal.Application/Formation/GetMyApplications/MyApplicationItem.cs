using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Security;
using CoopPortal.Domain.Formation;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Formation.GetMyApplications;

public sealed record MyApplicationItem(Guid Id, string? TrackingCode, string? FirstName, ApplicationStatus Status, DateTime CreatedAtUtc, DateTime UpdatedAtUtc, DateTime? SubmittedAtUtc);
