using CoopPortal.Domain.Users;

namespace CoopPortal.Infrastructure.Seeding;

/// <summary>
/// One demo account per role, seeded in Development only (README lists them). Reviewer and head of office work for
/// the Zanjan office (province 14), the province of the seed news item.
/// </summary>
public static class DemoAccounts
{
    public const string Password = "CoopPortal-Demo-1405";

    /// <summary>
    /// The authenticator key (Base32) of the staff demo accounts (reviewer, head of office, admin), who must log in with
    /// two factors: add it to an authenticator app to try them. Published, so Development only, like the accounts.
    /// </summary>
    public const string AuthenticatorKey = "COOPPORTALDEMOAUTHENTICATOR23456";
    public const int ZanjanProvinceId = 14;

    public static IReadOnlyList<DemoAccount> All { get; } =
    [
        new(Roles.Applicant, "0010000003", "citizen@demo.coopportal.ir", "09120000001", "مریم احمدی", null),
        new(Roles.CooperativeManager, "0020000006", "manager@demo.coopportal.ir", "09120000002", "علی کریمی", null),
        new(Roles.Reviewer, "0030000009", "reviewer@demo.coopportal.ir", "09120000003", "زهرا موسوی", ZanjanProvinceId),
        new(Roles.HeadOfOffice, "0040000001", "head@demo.coopportal.ir", "09120000004", "حسین رضایی", ZanjanProvinceId),
        new(Roles.Admin, "4242424248", "admin@demo.coopportal.ir", "09120000005", "مدیر سامانه", null),
    ];
}
