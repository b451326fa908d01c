using CoopPortal.Domain.Supervision;

namespace CoopPortal.Application.Supervision.Common;

/// <summary>One fiscal year on a cooperative's card: its declaration, if any, and when it is due.</summary>
public sealed record CooperativeDeclarationLine(int FiscalYear, DateOnly DueOn, Guid? DeclarationId, DeclarationStatus? Status, RiskBand? RiskBand, bool Overdue);
