using CoopPortal.Domain.Cooperatives;

namespace CoopPortal.Application.Memberships.MyMemberships;

/// <summary>
/// One of the caller's memberships, with the number of its latest membership certificate (null while none was asked for).
/// Plain data: handed from the prerendered page to the circuit.
/// </summary>
public sealed record MyMembership(
    Guid Id,
    string CooperativeName,
    string? RegistrationNumber,
    string Province,
    string? County,
    long Shares,
    DateOnly? JoinedOn,
    MembershipSource Source,
    MembershipStatus Status,
    CooperativeSource CooperativeSource,
    string? CertificateNumber);

/// <summary>
/// What «عضویت‌های من» shows: whether the caller's national code is proven (memberships are found by the proven code
/// only) and, when it is, their memberships.
/// </summary>
public sealed record MyMemberships(bool IdentityProven, IReadOnlyList<MyMembership> Items)
{
    public static MyMemberships Unproven { get; } = new(false, []);
}
