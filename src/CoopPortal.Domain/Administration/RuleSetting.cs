namespace CoopPortal.Domain.Administration;

/// <summary>
/// An administrator's value for one configurable rule (domain.md marks them configurable), overriding the default from
/// configuration. Keys are the configuration paths, e.g. "FormationRules:MinimumMembers".
/// </summary>
public sealed class RuleSetting
{
    private RuleSetting()
    {
    }

    public RuleSetting(string key, string value, string userId, DateTime nowUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        Key = key;
        Change(value, userId, nowUtc);
    }

    public string Key { get; private set; } = string.Empty;

    public string Value { get; private set; } = string.Empty;

    public string UpdatedByUserId { get; private set; } = string.Empty;

    public DateTime UpdatedAtUtc { get; private set; }

    public void Change(string value, string userId, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        Value = value;
        UpdatedByUserId = userId;
        UpdatedAtUtc = nowUtc;
    }
}
