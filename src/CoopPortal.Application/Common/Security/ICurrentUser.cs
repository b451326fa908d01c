namespace CoopPortal.Application.Common.Security;

/// <summary>
/// The person a use case runs for. The Web host builds it per request (or per circuit) from the authenticated user,
/// reading roles and province from the database so a change takes effect at once.
/// </summary>
public interface ICurrentUser
{
    string? UserId { get; }

    bool IsAuthenticated { get; }

    /// <summary>The province of a reviewer or head of office; null for everyone else.</summary>
    int? ProvinceId { get; }

    /// <summary>
    /// The county of a county office's reviewer or head (ادارات تعاون شهرستان); null for a provincial office's staff and
    /// everyone else. <see cref="OfficeScope"/> reads it.
    /// </summary>
    int? CountyId => null;

    /// <summary>
    /// True when the person's head-of-office role takes the head steps of the workflow tables (the rows whose actor is
    /// <see cref="Domain.Users.Roles.HeadOfOffice"/>): a provincial head always; a county office's head only when
    /// <see cref="OfficeRules.CountyHeadDecides"/> says so. <see cref="WorkflowAuthorization"/> reads it.
    /// </summary>
    bool TakesHeadSteps => CountyId is null;

    bool IsInRole(string role);

    /// <summary>
    /// The person's national code <b>once proven</b> to be theirs (mobile verified by SMS and matched by the identity
    /// check, or confirmed by the office); null before. Everything that grants rights through a national code (a
    /// cooperative's managers, officers) reads this one, so an unproven claim grants nothing by construction.
    /// </summary>
    string? NationalCode => null;

    /// <summary>
    /// The national code the account was registered with, proven or not. Only for what must hold against a mere claim:
    /// separation of duties (nobody decides a case of the code they claim) and a formation applicant naming themself.
    /// Never grant access with it.
    /// </summary>
    string? ClaimedNationalCode => NationalCode;

    /// <summary>True when <see cref="NationalCode"/> is proven (see there).</summary>
    bool IsIdentityProven => NationalCode is not null;
}
