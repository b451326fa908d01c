using CoopPortal.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CoopPortal.Infrastructure.Persistence.Seeding;

/// <summary>
/// Applies migrations at start-up when Database:MigrateOnStartup is true (Development) and seeds the demo accounts when
/// Seed:DemoAccounts is true and the environment is Development. Reference data and roles come with the migrations.
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

        if (configuration.GetValue<bool>("Database:MigrateOnStartup"))
        {
            var db = provider.GetRequiredService<AppDbContext>();

            // Creating the history table first spares an empty database EF's logged "failed command" while it probes.
            await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
            logger.LogInformation("Database schema is up to date ({Count} migrations applied).", (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).Count());
        }

        if (environment.IsDevelopment() && configuration.GetValue<bool>("Seed:DemoAccounts"))
        {
            await SeedDemoAccountsAsync(provider.GetRequiredService<UserManager<ApplicationUser>>(), logger);
        }
    }

    private static async Task SeedDemoAccountsAsync(UserManager<ApplicationUser> users, ILogger logger)
    {
        foreach (var demo in DemoAccounts.All)
        {
            if (await users.FindByNameAsync(demo.NationalCode) is not null)
            {
                continue;
            }

            var user = new ApplicationUser
            {
                UserName = demo.NationalCode,
                NationalCode = demo.NationalCode,
                Email = demo.Email,
                EmailConfirmed = true,
                PhoneNumber = demo.Mobile,
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
            logger.LogInformation("Seeded demo account {Role} ({NationalCode})", demo.Role, demo.NationalCode);
        }
    }
}
