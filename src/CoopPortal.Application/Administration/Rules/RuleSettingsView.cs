namespace CoopPortal.Application.Administration.Rules;

public sealed record RuleSettingsView(IReadOnlyList<RuleView> Rules, IReadOnlyList<RuleAuditView> History);
