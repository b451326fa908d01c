namespace CoopPortal.Application.Common.Security;

/// <summary>A snapshot of the current user.</summary>
public sealed record CurrentUserSnapshot(string? UserId, IReadOnlySet<string> Roles, int? ProvinceId) : ICurrentUser
{
    public static CurrentUserSnapshot Anonymous { get; } = new(null, new HashSet<string>(), null);

    /// <summary>The county of a county office's staff; null for a provincial office's and everyone else.</summary>
    public int? CountyId { get; init; }

    private readonly bool? _takesHeadSteps;

    /// <summary>
    /// Whether a head of office takes the head steps (<see cref="ICurrentUser.TakesHeadSteps"/>); defaults to the rule's
    /// default: a provincial head does, a county head does not.
    /// </summary>
    public bool TakesHeadSteps
    {
        get => _takesHeadSteps ?? CountyId is null;
        init => _takesHeadSteps = value;
    }

    /// <summary>The proven national code (see <see cref="ICurrentUser.NationalCode"/>); null while unproven.</summary>
    public string? NationalCode { get; init; }

    private readonly string? _claimedNationalCode;

    /// <summary>The registered national code, proven or not; defaults to <see cref="NationalCode"/>.</summary>
    public string? ClaimedNationalCode
    {
        get => _claimedNationalCode ?? NationalCode;
        init => _claimedNationalCode = value;
    }

    public bool IsIdentityProven => NationalCode is not null;

    public bool IsAuthenticated => UserId is not null;

    public bool IsInRole(string role) => Roles.Contains(role);
}
