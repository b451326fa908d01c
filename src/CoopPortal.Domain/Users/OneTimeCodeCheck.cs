namespace CoopPortal.Domain.Users;

/// <summary>How a typed one-time code compared with the stored one.</summary>
public enum OneTimeCodeCheck
{
    Accepted,
    Wrong,
    Expired,

    /// <summary>Five wrong tries: the code is dead and a new one must be asked for.</summary>
    TooManyAttempts,

    /// <summary>Already used once.</summary>
    Used,
}
