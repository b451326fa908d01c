using CoopPortal.Application.Common.Security;
using CoopPortal.Domain.Users;

namespace CoopPortal.ComponentTests.TestSupport;

/// <summary>The people the tests render for.</summary>
public static class Users
{
    public const int Province = 14;

    public static CurrentUserSnapshot Anonymous => CurrentUserSnapshot.Anonymous;

    public static CurrentUserSnapshot With(string role, int? provinceId = null) =>
        new("user-1", new HashSet<string>(StringComparer.Ordinal) { role }, provinceId);

    public static CurrentUserSnapshot WithoutRoles => new("user-1", new HashSet<string>(StringComparer.Ordinal), null);

    public static CurrentUserSnapshot Applicant => With(Roles.Applicant);

    public static CurrentUserSnapshot Admin => With(Roles.Admin);
}
