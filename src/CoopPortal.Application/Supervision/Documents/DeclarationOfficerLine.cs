namespace CoopPortal.Application.Supervision.Documents;

public sealed record DeclarationOfficerLine(string Role, string FullName, string NationalCode, DateOnly? TermEndsOn);
