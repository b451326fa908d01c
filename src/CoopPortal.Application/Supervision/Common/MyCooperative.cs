using CoopPortal.Domain.Cooperatives;

namespace CoopPortal.Application.Supervision.Common;

/// <summary>A cooperative in a manager's list, with where it stands in its life.</summary>
public sealed record MyCooperative(Guid Id, string Name, string? RegistrationNumber, string Province, CooperativeStatus Status = CooperativeStatus.Active);
