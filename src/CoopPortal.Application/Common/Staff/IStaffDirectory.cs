namespace CoopPortal.Application.Common.Staff;

/// <summary>Who works for which office (from the account store).</summary>
public interface IStaffDirectory
{
    Task<bool> IsReviewerOfProvinceAsync(string userId, int provinceId, CancellationToken cancellationToken);

    /// <summary>The reviewers of a province, by name, for the head's assignment list.</summary>
    Task<IReadOnlyList<StaffMember>> ReviewersOfProvinceAsync(int provinceId, CancellationToken cancellationToken);

    /// <summary>The heads of office of a province (their user ids).</summary>
    Task<IReadOnlyList<string>> HeadsOfProvinceAsync(int provinceId, CancellationToken cancellationToken);

    /// <summary>The person's full name, or null for an unknown user.</summary>
    Task<string?> FullNameAsync(string userId, CancellationToken cancellationToken);

    /// <summary>
    /// The accounts (user ids) of the people with these national codes, proven ones only; people without an account, or
    /// whose account's national code is not proven, are skipped.
    /// </summary>
    Task<IReadOnlyList<string>> UserIdsByNationalCodesAsync(IReadOnlyCollection<string> nationalCodes, CancellationToken cancellationToken);
}
