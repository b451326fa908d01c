using CoopPortal.Application.Common.Documents;
using CoopPortal.Application.Formation.Summary;

namespace CoopPortal.Application.Supervision.Documents;

public sealed record DeclarationRiskLine(string RuleId, string Explanation, int Points, string Evidence);
