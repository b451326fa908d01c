namespace CoopPortal.Domain.Users;

/// <summary>The portal's roles (domain.md, "Who uses it"). Names are stable identifiers; titles are shown to people.</summary>
public static class Roles
{
    public const string Applicant = nameof(Applicant);
    public const string CooperativeManager = nameof(CooperativeManager);
    public const string Reviewer = nameof(Reviewer);
    public const string HeadOfOffice = nameof(HeadOfOffice);
    public const string Admin = nameof(Admin);

    /// <summary>
    /// A cooperative's inspector (بازرس تعاونی), derived like <see cref="CooperativeManager"/> but never assigned nor
    /// stored: an account whose proven national code is an inspector of some cooperative with a term covering today
    /// holds it (issue 20). Not in <see cref="All"/>, so no administrator can grant it and it ends with the term.
    /// </summary>
    public const string Inspector = nameof(Inspector);

    /// <summary>
    /// A liquidator (مدیر تصفیه) of a cooperative in liquidation, derived like <see cref="Inspector"/>: an account whose
    /// proven national code is named a liquidator of a liquidation not yet ended, within its period, holds it (issue 21).
    /// Not in <see cref="All"/>: no administrator grants it; it ends with the period or when the cooperative is struck off.
    /// </summary>
    public const string Liquidator = nameof(Liquidator);

    /// <summary>Headquarters staff (ستاد وزارت): read every province's statistics, compliance and registry; decide nothing.</summary>
    public const string Headquarters = nameof(Headquarters);

    public static IReadOnlyList<string> All { get; } = [Applicant, CooperativeManager, Reviewer, HeadOfOffice, Admin, Headquarters];

    /// <summary>Roles whose holder works for one provincial office and must carry a province.</summary>
    public static IReadOnlyList<string> ProvinceScoped { get; } = [Reviewer, HeadOfOffice];

    /// <summary>
    /// Roles whose holder must log in with a second factor (an authenticator app): staff who decide cases or run the
    /// portal (issue 15). Anyone else may opt in.
    /// </summary>
    public static IReadOnlyList<string> RequireTwoFactor { get; } = [Reviewer, HeadOfOffice, Headquarters, Admin];

    public static string Title(string role) => role switch
    {
        Applicant => "متقاضی",
        CooperativeManager => "مدیر تعاونی",
        Reviewer => "کارشناس اداره کل",
        HeadOfOffice => "مدیر امور تعاونی استان",
        Headquarters => "کارشناس ستاد وزارت",
        Admin => "مدیر سامانه",
        Inspector => "بازرس تعاونی",
        Liquidator => "مدیر تصفیه",
        _ => role,
    };
}
