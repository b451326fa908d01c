namespace CoopPortal.Application.Accounts.ManagerLinks;

/// <summary>An account holding a manager's national code that is not proven yet, with the cooperatives it would manage.</summary>
public sealed record PendingManagerLink(
    string UserId, string FullName, string NationalCode, string Mobile, bool MobileConfirmed, DateTime CreatedAtUtc, IReadOnlyList<string> Cooperatives);
