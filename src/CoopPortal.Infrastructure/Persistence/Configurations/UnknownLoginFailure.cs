namespace CoopPortal.Infrastructure.Persistence.Configurations;

/// <summary>
/// Failed log-ins with an identifier no account has, counted in the database so every portal instance shares the count
/// (AccountSignInService). Keyed by the SHA-256 of the identifier, so what someone typed is not kept.
/// </summary>
internal sealed class UnknownLoginFailure
{
    public string KeyHash { get; set; } = string.Empty;

    public int Count { get; set; }

    /// <summary>When the count starts again (the lockout time after the first failure).</summary>
    public DateTime ExpiresAtUtc { get; set; }
}
