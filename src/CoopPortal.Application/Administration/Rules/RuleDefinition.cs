namespace CoopPortal.Application.Administration.Rules;

/// <summary>
/// One rule an administrator may change (domain.md marks it configurable): its configuration path (also its key in
/// rule_settings), its Persian title and unit, the whole numbers it may take, and the value in code when configuration
/// has none.
/// </summary>
public sealed record RuleDefinition(string Key, string Title, string Unit, int Min, int Max, int Fallback, string Help);
