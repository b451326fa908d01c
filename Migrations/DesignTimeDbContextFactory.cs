using CoopPortal.Infrastructure.Persistence;
using CoopPortal.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CoopPortal.Migrations;

/// <summary>
/// Lets `dotnet ef` build the context without starting the web host:
/// `dotnet ef migrations add Name --project Migrations` needs no database at all;
/// `dotnet ef database update --project Migrations -- --connection "Host=...;Database=...;Username=..."` applies them
/// (or set ConnectionStrings__Default in the environment). Like the portal's start-up, it first recognises a database
/// made by the squashed migrations and, after migrating, inserts the missing reference data (docs/database-migrations.md).
/// </summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args)
    {
        var connectionString = ConnectionFromArgs(args)
            ?? Environment.GetEnvironmentVariable("ConnectionStrings__Default")
            ?? "Host=localhost;Database=coopportal;Username=postgres";

        var options = new DbContextOptionsBuilder<AppDbContext>()
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(typeof(DesignTimeDbContextFactory).Assembly.GetName().Name))
            .AddInterceptors(new SquashedHistoryInterceptor())
            .UseSeeding((db, _) => SeedAsync(db, CancellationToken.None).GetAwaiter().GetResult())
            .UseAsyncSeeding((db, _, cancellationToken) => SeedAsync(db, cancellationToken))
            .Options;
        return new AppDbContext(options);
    }

    /// <summary>Seeds a database brought to the latest migration (not one taken back to an older one, or to none).</summary>
    private static async Task SeedAsync(DbContext db, CancellationToken cancellationToken)
    {
        if (!(await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            await ReferenceDataSeeder.SeedAsync((AppDbContext)db, cancellationToken);
        }
    }

    private static string? ConnectionFromArgs(string[] args)
    {
        var index = Array.IndexOf(args, "--connection");
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
