using CoopPortal.Application.Accounts;
using CoopPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoopPortal.Infrastructure.Identity;

/// <summary>How ASP.NET Core Identity is set up: the account rules of issue 2 in one place.</summary>
public static class IdentitySetup
{
    /// <summary>PBKDF2-HMAC-SHA512 iterations (OWASP's figure for that hash).</summary>
    public const int PasswordIterations = 210_000;

    public const int MaxFailedAttempts = 5;

    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    public static IdentityBuilder AddPortalIdentity(this IServiceCollection services)
    {
        var builder = services
            .AddIdentityCore<ApplicationUser>(options =>
            {
                // Length and the common-password list are checked by PasswordPolicy; no composition rules.
                options.Password.RequiredLength = PasswordPolicy.MinimumLength;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.MaxFailedAccessAttempts = MaxFailedAttempts;
                options.Lockout.DefaultLockoutTimeSpan = LockoutDuration;
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
                options.User.AllowedUserNameCharacters = "0123456789";
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<Persistence.AppDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<PersianIdentityErrorDescriber>()
            .AddClaimsPrincipalFactory<PortalClaimsPrincipalFactory>();

        // PasswordPolicy is the only password validator, so each problem is reported once, in Persian.
        services.RemoveAll<IPasswordValidator<ApplicationUser>>();
        services.AddScoped<IPasswordValidator<ApplicationUser>, PolicyPasswordValidator>();
        services.Configure<PasswordHasherOptions>(options => options.IterationCount = PasswordIterations);
        services.AddSingleton<ICommonPasswords, CommonPasswordList>();
        services.AddSingleton<PasswordPolicy>();
        services.AddScoped<IIdentityService, IdentityService>();
        services.AddScoped<AccountSignInService>();
        services.AddScoped<TwoFactorAccounts>();
        services.AddSingleton<Application.Common.Staff.IStaffDirectory, StaffDirectory>();
        services.AddScoped<Application.Administration.Users.IUserAdministration, UserAdministration>();
        return builder;
    }
}
