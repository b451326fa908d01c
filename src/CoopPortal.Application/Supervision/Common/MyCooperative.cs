namespace CoopPortal.Application.Supervision.Common;

/// <summary>A cooperative in a manager's list.</summary>
public sealed record MyCooperative(Guid Id, string Name, string? RegistrationNumber, string Province);
