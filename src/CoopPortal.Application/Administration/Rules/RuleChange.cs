namespace CoopPortal.Application.Administration.Rules;

/// <summary>
/// An administrator's new value for a rule, as typed (Persian or ASCII digits). <paramref name="Seen"/> is the value the
/// administrator saw when the form was opened: when the rule has changed since, the save is refused (concurrency).
/// </summary>
public sealed record RuleChange(string Key, string Value, int? Seen = null);
