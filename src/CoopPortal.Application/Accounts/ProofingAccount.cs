namespace CoopPortal.Application.Accounts;

/// <summary>An account as identity proofing sees it.</summary>
public sealed record ProofingAccount(
    string UserId, string FullName, string NationalCode, string Mobile, bool MobileConfirmed, bool Proven, DateTime CreatedAtUtc, bool LockedOut);
