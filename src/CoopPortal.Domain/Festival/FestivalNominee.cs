using CoopPortal.Domain.Common;

namespace CoopPortal.Domain.Festival;

/// <summary>
/// A cooperative on a festival's shortlist: the standings' line at the time it was shortlisted (rank, total, maximum and
/// the findings with their evidence, kept as a snapshot for the record), the reviewer's reason, and whether the head
/// confirmed it as a winner.
/// </summary>
public sealed class FestivalNominee
{
    private FestivalNominee()
    {
    }

    internal FestivalNominee(Guid festivalId, FestivalEntrant entrant, string reason, string userId, DateTime nowUtc)
    {
        Id = Guid.NewGuid();
        FestivalId = festivalId;
        CooperativeId = entrant.CooperativeId;
        CooperativeName = entrant.Name;
        RegistrationNumber = entrant.RegistrationNumber;
        OrientationId = entrant.OrientationId;
        Orientation = entrant.Orientation;
        County = entrant.County;
        Rank = entrant.Rank;
        Total = entrant.Score.Total;
        Maximum = entrant.Score.Maximum;
        Findings = entrant.Score.Findings.ToList();
        Reason = reason;
        ShortlistedByUserId = userId;
        ShortlistedAtUtc = nowUtc;
    }

    public Guid Id { get; private set; }

    public Guid FestivalId { get; private set; }

    public Guid CooperativeId { get; private set; }

    public string CooperativeName { get; private set; } = string.Empty;

    public string? RegistrationNumber { get; private set; }

    /// <summary>The orientation's id (null for cooperatives without one, shortlisted under «بدون گرایش»).</summary>
    public int? OrientationId { get; private set; }

    public string Orientation { get; private set; } = string.Empty;

    public string County { get; private set; } = string.Empty;

    /// <summary>The rank in its orientation when it was shortlisted.</summary>
    public int Rank { get; private set; }

    public int Total { get; private set; }

    public int Maximum { get; private set; }

    /// <summary>The criteria it earned, with their evidence, when it was shortlisted.</summary>
    public List<FestivalFinding> Findings { get; private set; } = [];

    /// <summary>The reviewer's short reason for shortlisting it.</summary>
    public string Reason { get; private set; } = string.Empty;

    public string ShortlistedByUserId { get; private set; } = string.Empty;

    public DateTime ShortlistedAtUtc { get; private set; }

    /// <summary>True once the head confirmed it as a winner of its orientation.</summary>
    public bool IsWinner { get; private set; }

    internal void Win() => IsWinner = true;

    /// <summary>The orientation's key for limits and the head's choice (0 for «بدون گرایش»).</summary>
    internal int OrientationKey => OrientationId ?? 0;

    /// <summary>The reason as stored: normalized, at most <see cref="FieldLengths.NominationReason"/>.</summary>
    internal static string Fit(string reason) => FieldLengths.Ensure(PersianText.Normalize(reason), FieldLengths.NominationReason);
}
