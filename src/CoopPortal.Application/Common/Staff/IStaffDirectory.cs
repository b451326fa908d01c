namespace CoopPortal.Application.Common.Staff;

/// <summary>Who works for which office (from the account store).</summary>
public interface IStaffDirectory
{
    // The staff of a case are those whose office covers its province and county (OfficeScope's rule): the provincial
    // office's (no county) and, for a case with a county, that county office's. A county office never hears of, nor is
    // given, a neighbouring county's case.

    /// <summary>True when the user is a reviewer whose office covers the province and county (county null: the province's own office).</summary>
    Task<bool> IsReviewerForAsync(string userId, int provinceId, int? countyId, CancellationToken cancellationToken);

    /// <summary>The reviewers whose office covers the province and county, by name, for the head's assignment list.</summary>
    Task<IReadOnlyList<StaffMember>> ReviewersForAsync(int provinceId, int? countyId, CancellationToken cancellationToken);

    /// <summary>The heads of office whose office covers the province and county (their user ids).</summary>
    Task<IReadOnlyList<string>> HeadsForAsync(int provinceId, int? countyId, CancellationToken cancellationToken);

    /// <summary>The person's full name, or null for an unknown user.</summary>
    Task<string?> FullNameAsync(string userId, CancellationToken cancellationToken);

    /// <summary>
    /// The accounts (user ids) of the people with these national codes, proven ones only; people without an account, or
    /// whose account's national code is not proven, are skipped.
    /// </summary>
    Task<IReadOnlyList<string>> UserIdsByNationalCodesAsync(IReadOnlyCollection<string> nationalCodes, CancellationToken cancellationToken);
}
