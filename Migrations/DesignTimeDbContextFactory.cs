using CoopPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CoopPortal.Migrations;

/// <summary>
/// Lets `dotnet ef` build the context without starting the web host:
/// `dotnet ef migrations add Name --project Migrations` needs no database at all;
/// `dotnet ef database update --project Migrations -- --connection "Host=...;Database=...;Username=..."` applies them
/// (or set ConnectionStrings__Default in the environment).
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
            .Options;
        return new AppDbContext(options);
    }

    private static string? ConnectionFromArgs(string[] args)
    {
        var index = Array.IndexOf(args, "--connection");
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
