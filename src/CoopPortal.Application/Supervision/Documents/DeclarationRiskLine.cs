namespace CoopPortal.Application.Supervision.Documents;

public sealed record DeclarationRiskLine(string RuleId, string Explanation, int Points, string Evidence);
