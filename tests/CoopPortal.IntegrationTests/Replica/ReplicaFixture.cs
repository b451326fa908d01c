using CoopPortal.Testing;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Security;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopPortal.IntegrationTests.Replica;

/// <summary>
/// A portal whose read-only reads go to a real streaming replica: its own database on the test cluster, a hot standby
/// of that cluster made once for the class (pg_basebackup -R), and <c>ConnectionStrings:ReadOnly</c> pointing at it.
/// </summary>
public sealed class ReplicaFixture : IAsyncLifetime
{
    public const string Password = "kelid-e-sabz-e-zanjan-1405";

    /// <summary>The back-off: long, so a slow machine never reaches it by itself; the tests move the portal's clock past it.</summary>
    public const int RetryAfterSeconds = 300;

    public TestReplica Replica { get; private set; } = default!;

    public PortalFactory Factory { get; private set; } = default!;

    public IReadOnlyDbContextFactory Reads => Factory.Services.GetRequiredService<IReadOnlyDbContextFactory>();

    public async Task InitializeAsync()
    {
        var database = TestPostgres.CreateDatabase("replica");
        Replica = TestReplica.Start();
        Factory = new PortalFactory(database, settings: new Dictionary<string, string?>
        {
            ["ConnectionStrings:ReadOnly"] = Replica.ConnectionStringLike(database),
            ["ReadReplica:RetryAfterSeconds"] = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        _ = Factory.Services; // starts the portal, which migrates and seeds the primary
        await Replica.CatchUpAsync();
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        Replica.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>An account with one role (and province), as the current user.</summary>
    public async Task<CurrentUserSnapshot> NewUserAsync(string role, int? province)
    {
        var code = TestNationalCodes.Next();
        var user = await TestAccounts.CreateAsync(Factory.Services, code, "کاربر آزمون", role, province, Password, "r");
        return new CurrentUserSnapshot(user.Id, new HashSet<string> { role }, province) { NationalCode = code };
    }

    /// <summary>A use case as <paramref name="user"/>, with the portal's services.</summary>
    public static T As<T>(IServiceScope scope, ICurrentUser user)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(scope);
        return Microsoft.Extensions.DependencyInjection.ActivatorUtilities.CreateInstance<T>(scope.ServiceProvider, (ICurrentUserService)new FixedUser(user));
    }

    /// <summary>Writes one imported cooperative of the province on the primary.</summary>
    public async Task ImportCooperativeAsync(int province)
    {
        await using var db = await Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        db.Cooperatives.Add(Cooperative.Import(new ImportedCooperative(
            "تعاونی نسخه خواندنی " + Guid.NewGuid().ToString("N")[..8], TestNumbers.RegistrationNumber(),
            new DateOnly(2024, 5, 1), null, province, null, null, 10, 100_000_000, TestNationalCodes.Next(), "مدیر آزمون", null), DateTime.UtcNow));
        await db.SaveChangesAsync();
    }

    /// <summary>The primary's clock now (the moment a write made after this commits is later).</summary>
    public async Task<DateTime> PrimaryNowAsync()
    {
        await using var db = await Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await db.Database.SqlQueryRaw<DateTime>("SELECT clock_timestamp() AS \"Value\"").SingleAsync();
    }

    private sealed class FixedUser(ICurrentUser user) : ICurrentUserService
    {
        public Task<ICurrentUser> GetAsync(CancellationToken cancellationToken) => Task.FromResult(user);
    }
}
