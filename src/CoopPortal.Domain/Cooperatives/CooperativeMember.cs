using CoopPortal.Domain.Common;
using CoopPortal.Domain.Formation;

namespace CoopPortal.Domain.Cooperatives;

/// <summary>
/// A member of a registered cooperative (عضو تعاونی), by national code (checksum-valid, ASCII digits): one row per
/// cooperative and national code. Its shares are in rials. The founding members are recorded when the cooperative is
/// registered; larger lists come from an administrator's import, which adds new members and updates the name and shares
/// of those already there (the import writes the rows in bulk, not through this class).
/// </summary>
public sealed class CooperativeMember
{
    private CooperativeMember()
    {
    }

    public CooperativeMember(Guid cooperativeId, string nationalCode, string fullName, long shares, DateOnly? joinedOn, MembershipSource source, DateTime nowUtc)
    {
        if (!ValueObjects.NationalCode.Parse(nationalCode).IsValid)
        {
            throw new ArgumentException("Not a valid national code.", nameof(nationalCode));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(shares);
        Id = Guid.NewGuid();
        CooperativeId = cooperativeId;
        NationalCode = ValueObjects.NationalCode.Parse(nationalCode).Value!.Value.Value;
        FullName = FieldLengths.Fit(PersianText.Normalize(fullName), FieldLengths.PersonName);
        Shares = shares;
        JoinedOn = joinedOn;
        Source = source;
        Status = MembershipStatus.Member;
        RecordedAtUtc = nowUtc;
        UpdatedAtUtc = nowUtc;
    }

    public Guid Id { get; private set; }

    public Guid CooperativeId { get; private set; }

    /// <summary>10 ASCII digits.</summary>
    public string NationalCode { get; private set; } = string.Empty;

    public string FullName { get; private set; } = string.Empty;

    /// <summary>The member's shares, in rials.</summary>
    public long Shares { get; private set; }

    /// <summary>The day the person became a member, when known.</summary>
    public DateOnly? JoinedOn { get; private set; }

    public MembershipSource Source { get; private set; }

    public MembershipStatus Status { get; private set; }

    public DateTime RecordedAtUtc { get; private set; }

    /// <summary>When the name, shares or status last changed (the import's time for an imported row).</summary>
    public DateTime UpdatedAtUtc { get; private set; }

    /// <summary>
    /// The founding members of the application whose cooperative is being registered, joined on the registration day,
    /// with the capital they subscribed as their shares. A national code written twice is recorded once.
    /// </summary>
    public static IReadOnlyList<CooperativeMember> Founders(Guid cooperativeId, FormationApplication application, DateOnly joinedOn, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(application);
        return application.Members
            .Where(m => ValueObjects.NationalCode.IsValid(m.NationalCode))
            .GroupBy(m => ValueObjects.NationalCode.Parse(m.NationalCode).Value!.Value.Value)
            .Select(g => new CooperativeMember(cooperativeId, g.Key, g.First().FullName, g.Sum(m => m.ShareSubscribed ?? 0), joinedOn, MembershipSource.FoundingApplication, nowUtc))
            .ToList();
    }
}
