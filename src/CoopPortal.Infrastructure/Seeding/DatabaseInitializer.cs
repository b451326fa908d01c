using CoopPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CoopPortal.Infrastructure.Seeding;

/// <summary>
/// Applies migrations at start-up when Database:MigrateOnStartup is true (Development), first recognising a database made
/// by the migrations that were squashed (<see cref="SquashedMigrationHistory"/>), then inserts the missing reference data
/// and roles (<see cref="ReferenceDataSeeder"/>); seeds the demo accounts when Seed:DemoAccounts is true and the
/// environment is Development. All of it runs under a PostgreSQL advisory lock (<see cref="PostgresAdvisoryLock.StartupKey"/>):
/// several instances starting together on one database take turns, and the later ones find the work done (ADR 16).
/// </summary>
public static class DatabaseInitializer
{
    public static async Task InitializeDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var configuration = provider.GetRequiredService<IConfiguration>();
        var environment = provider.GetRequiredService<IHostEnvironment>();
        var logger = provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseInitializer));
        var migrate = configuration.GetValue<bool>("Database:MigrateOnStartup");
        var seedDemo = environment.IsDevelopment() && configuration.GetValue<bool>("Seed:DemoAccounts");
        if (!migrate && !seedDemo)
        {
            return;
        }

        var connectionString = provider.GetRequiredService<AppDbContext>().Database.GetConnectionString()
            ?? throw new InvalidOperationException("The database has no connection string.");
        await using var startupLock = await PostgresAdvisoryLock.AcquireAsync(connectionString, PostgresAdvisoryLock.StartupKey, cancellationToken);

        if (migrate)
        {
            var db = provider.GetRequiredService<AppDbContext>();

            // Creating the history table first spares an empty database EF's logged "failed command" while it probes.
            await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
            if (await SquashedMigrationHistory.UpgradeAsync(db, cancellationToken))
            {
                logger.LogInformation("Migration history of the previous release ({Last}) rewritten to the squashed migrations ({Squashed}).",
                    SquashedMigrationHistory.LastOldMigration, string.Join(", ", SquashedMigrationHistory.SquashedMigrations));
            }

            await db.Database.MigrateAsync(cancellationToken);
            logger.LogInformation("Database schema is up to date ({Count} migrations applied).", (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).Count());
            var seeded = await ReferenceDataSeeder.SeedAsync(db, cancellationToken);
            if (seeded > 0)
            {
                logger.LogInformation("Seeded {Count} missing reference data rows (provinces, counties, lookups, document kinds, roles).", seeded);
            }
        }

        if (seedDemo)
        {
            await SeedDemoAccountsAsync(provider.GetRequiredService<UserManager<ApplicationUser>>(), logger);
            await SeedDemoCooperativeAsync(provider.GetRequiredService<AppDbContext>(), logger, cancellationToken);
        }
    }

    /// <summary>
    /// An existing cooperative in Zanjan managed by the demo cooperative manager, so the self-declaration can be tried at
    /// once (as if imported by an administrator).
    /// </summary>
    private static async Task SeedDemoCooperativeAsync(AppDbContext db, ILogger logger, CancellationToken cancellationToken)
    {
        var manager = DemoAccounts.All.Single(a => a.Role == Domain.Users.Roles.CooperativeManager);
        if (await db.Cooperatives.AnyAsync(c => c.Managers.Any(m => m.NationalCode == manager.NationalCode), cancellationToken))
        {
            return;
        }

        var county = await db.Counties.Where(c => c.ProvinceId == DemoAccounts.ZanjanProvinceId && c.Name == "زنجان").Select(c => (int?)c.Id).SingleOrDefaultAsync(cancellationToken);
        var cooperative = Domain.Cooperatives.Cooperative.Import(new Domain.Cooperatives.ImportedCooperative(
            "شرکت تعاونی مصرف کارکنان نمونه زنجان", "8421", Domain.Common.JalaliDate.FromParts(1398, 3, 15)!.Value, null,
            DemoAccounts.ZanjanProvinceId, county, null, 45, 2_500_000_000, manager.NationalCode, manager.FullName, null), DateTime.UtcNow);
        db.Cooperatives.Add(cooperative);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Seeded the demo cooperative of the demo manager ({NationalCode})", manager.NationalCode);
    }

    private static async Task SeedDemoAccountsAsync(UserManager<ApplicationUser> users, ILogger logger)
    {
        foreach (var demo in DemoAccounts.All)
        {
            if (await users.FindByNameAsync(demo.NationalCode) is { } existing)
            {
                if (existing.IdentityProvenAtUtc is null)
                {
                    // Seeded before identity proofing existed: the demo manager must keep their cooperative.
                    existing.PhoneNumberConfirmed = true;
                    existing.IdentityProvenAtUtc = DateTime.UtcNow;
                    existing.IdentityProof = Domain.Users.IdentityProof.Provisioned;
                    await users.UpdateAsync(existing);
                }

                // A database seeded before staff had to use two-factor log-in: enrol them with the published demo key.
                await EnrolDemoStaffAsync(users, existing, demo);
                continue;
            }

            var user = new ApplicationUser
            {
                UserName = demo.NationalCode,
                NationalCode = demo.NationalCode,
                Email = demo.Email,
                EmailConfirmed = true,
                PhoneNumber = demo.Mobile,
                PhoneNumberConfirmed = true,
                IdentityProvenAtUtc = DateTime.UtcNow,
                IdentityProof = Domain.Users.IdentityProof.Provisioned,
                FullName = demo.FullName,
                ProvinceId = demo.ProvinceId,
                CreatedAtUtc = DateTime.UtcNow,
            };
            var created = await users.CreateAsync(user, DemoAccounts.Password);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException($"Demo account {demo.Role} could not be created: {string.Join("; ", created.Errors.Select(e => e.Description))}");
            }

            await users.AddToRoleAsync(user, demo.Role);
            await EnrolDemoStaffAsync(users, user, demo);
            logger.LogInformation("Seeded demo account {Role} ({NationalCode})", demo.Role, demo.NationalCode);
        }
    }

    /// <summary>
    /// Staff demo accounts log in with two factors like real staff; their authenticator key is
    /// <see cref="DemoAccounts.AuthenticatorKey"/> (README), which anyone trying the demo adds to an authenticator app.
    /// </summary>
    private static async Task EnrolDemoStaffAsync(UserManager<ApplicationUser> users, ApplicationUser user, DemoAccount demo)
    {
        if (!Domain.Users.Roles.RequireTwoFactor.Contains(demo.Role, StringComparer.Ordinal) || await users.GetTwoFactorEnabledAsync(user))
        {
            return;
        }

        await users.SetAuthenticationTokenAsync(user, "[AspNetUserStore]", "AuthenticatorKey", DemoAccounts.AuthenticatorKey);
        await users.SetTwoFactorEnabledAsync(user, true);
    }
}
