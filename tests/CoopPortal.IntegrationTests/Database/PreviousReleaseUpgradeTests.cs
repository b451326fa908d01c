using CoopPortal.Domain.Formation;
using CoopPortal.Domain.Users;
using CoopPortal.Infrastructure.Persistence;
using CoopPortal.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CoopPortal.IntegrationTests.Database;

/// <summary>
/// The migrations were squashed into one (docs/database-migrations.md): a database the previous release made (its whole
/// chain, from the script kept in Fixtures) is upgraded in place by the portal's start-up and by `dotnet ef database
/// update`, and ends up identical to a new one; a database that release left part-way is refused.
/// </summary>
public sealed class PreviousReleaseUpgradeTests : IClassFixture<PortalFixture>
{
    /// <summary>Every table the seeding fills (or, for jalali_years, the migration).</summary>
    private static readonly string[] ReferenceTables =
        ["provinces", "counties", "activity_types", "membership_types", "orientations", "document_types", "\"AspNetRoles\"", "jalali_years"];

    private const int Zanjan = 14;
    private const int BorderResidents = 15;

    private readonly PortalFixture _fresh;

    public PreviousReleaseUpgradeTests(PortalFixture fresh) => _fresh = fresh;

    [Fact]
    public async Task The_squashed_migrations_are_the_first_ones_defined()
    {
        await using var db = await _fresh.Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();

        var defined = db.Database.GetMigrations().ToList();

        Assert.Equal(SquashedMigrationHistory.SquashedMigrations, defined.Take(SquashedMigrationHistory.SquashedMigrations.Count));
        Assert.Empty(defined.Intersect(SquashedMigrationHistory.OldMigrations));
    }

    [Fact]
    public async Task The_seeding_puts_in_a_new_database_exactly_the_reference_data_the_old_migrations_put_in()
    {
        var previous = await PreviousRelease.CreateDatabaseAsync();
        _ = _fresh.Factory.Services; // the fresh database is migrated and seeded

        // Except where a later migration corrects what the old ones seeded (OfficialProvinceNames: a province's name as
        // written officially, docs/glossary.md), which the seeding writes corrected at once, and the roles added since
        // (Headquarters, issue 20), which the seeding adds to an upgraded database too.
        await using (var connection = new NpgsqlConnection(previous))
        {
            await connection.OpenAsync();
            await using var correct = new NpgsqlCommand(
                "UPDATE provinces SET \"Name\" = 'چهارمحال و بختیاری' WHERE \"Id\" = 9 AND \"Name\" = 'چهارمحال وبختیاری'", connection);
            Assert.Equal(1, await correct.ExecuteNonQueryAsync());
            await using var role = new NpgsqlCommand(
                "INSERT INTO \"AspNetRoles\" (\"Id\", \"Name\", \"NormalizedName\", \"ConcurrencyStamp\") VALUES ('role-HEADQUARTERS', 'Headquarters', 'HEADQUARTERS', 'seed-6')", connection);
            Assert.Equal(1, await role.ExecuteNonQueryAsync());
        }

        foreach (var table in ReferenceTables)
        {
            DatabaseCatalog.AssertSame(
                await DatabaseCatalog.RowsAsync(previous, table), await DatabaseCatalog.RowsAsync(_fresh.Factory.ConnectionString, table), $"Rows of {table}");
        }
    }

    [Fact]
    public async Task A_database_of_the_previous_release_is_upgraded_at_start_up_keeping_its_data_and_ends_up_like_a_new_one()
    {
        var connectionString = await PreviousRelease.CreateDatabaseAsync();
        var (userId, applicationId) = await AddDataAsThePreviousReleaseWouldAsync(connectionString);

        using (var upgraded = new PortalFactory(connectionString, settings: new Dictionary<string, string?> { ["Seed:DemoAccounts"] = "false" }))
        {
            await using var db = await upgraded.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();

            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync()); // the squashed one, then every later one
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());

            var user = await db.Users.SingleAsync(u => u.Id == userId);
            Assert.Equal("کاربر نسخه قبل", user.FullName);
            Assert.Equal([Roles.Applicant], await db.UserRoles.Where(r => r.UserId == userId).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToListAsync());
            var application = await db.FormationApplications.SingleAsync(a => a.Id == applicationId);
            Assert.Equal((userId, ApplicationStatus.Draft), (application.ApplicantUserId, application.Status));
            Assert.Equal(1, await db.ApplicationStatusCounts.Where(c => c.ProvinceId == Zanjan && c.Status == nameof(ApplicationStatus.Draft)).Select(c => c.Count).SingleAsync());
            Assert.Equal("مرزنشینان استان", await db.Orientations.Where(o => o.Id == BorderResidents).Select(o => o.Title).SingleAsync());
        }

        DatabaseCatalog.AssertSame(
            await DatabaseCatalog.SchemaAsync(_fresh.Factory.ConnectionString), await DatabaseCatalog.SchemaAsync(connectionString), "Schemas");
        foreach (var table in ReferenceTables.Where(t => t != "orientations"))
        {
            DatabaseCatalog.AssertSame(
                await DatabaseCatalog.RowsAsync(_fresh.Factory.ConnectionString, table), await DatabaseCatalog.RowsAsync(connectionString, table), $"Rows of {table}");
        }

        // The history is append-only there as in a new database.
        var error = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(connectionString, $"DELETE FROM application_events WHERE \"ApplicationId\" = '{applicationId}'"));
        Assert.Contains("append-only", error.MessageText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_database_and_one_of_the_previous_release_have_the_same_schema_and_database_side_logic()
    {
        var previous = await PreviousRelease.CreateDatabaseAsync();
        // The squashed migration alone (later migrations change the schema on purpose, on both kinds of database alike).
        var squashedOnly = TestPostgres.CreateDatabase("squashed");
        using (var db = new CoopPortal.Migrations.DesignTimeDbContextFactory().CreateDbContext(["--connection", squashedOnly]))
        {
            await Task.Run(() => Microsoft.EntityFrameworkCore.Infrastructure.AccessorExtensions.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>(db).Migrate(SquashedMigrationHistory.SquashedMigrations[^1]));
        }

        DatabaseCatalog.AssertSame(await DatabaseCatalog.SchemaAsync(previous), await DatabaseCatalog.SchemaAsync(squashedOnly), "Schemas");
    }

    [Fact]
    public async Task A_database_the_previous_release_left_part_way_is_refused_with_the_way_to_upgrade_it()
    {
        const string lastApplied = "20261123183700_StatisticsRollups";
        var connectionString = await PreviousRelease.CreateDatabaseAsync(lastApplied);
        var historyBefore = await DatabaseCatalog.RowsAsync(connectionString, "\"__EFMigrationsHistory\"");

        using var factory = new PortalFactory(connectionString, settings: new Dictionary<string, string?> { ["Seed:DemoAccounts"] = "false" });
        var thrown = Assert.ThrowsAny<Exception>(() => factory.Services);

        var refusal = Flatten(thrown).OfType<InvalidOperationException>().FirstOrDefault(e => e.Message.Contains("f36c703", StringComparison.Ordinal));
        Assert.True(refusal is not null, $"Expected the refusal naming commit f36c703, got: {thrown}");
        Assert.Contains($"only up to {lastApplied}", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("previous release, commit f36c703", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(historyBefore, await DatabaseCatalog.RowsAsync(connectionString, "\"__EFMigrationsHistory\""));
    }

    [Fact]
    public async Task Dotnet_ef_database_update_upgrades_a_database_of_the_previous_release_and_seeds_a_new_one()
    {
        var previous = await PreviousRelease.CreateDatabaseAsync();
        var empty = TestPostgres.CreateDatabase("designtime");

        foreach (var connectionString in new[] { previous, empty })
        {
            // What `dotnet ef database update` and a migration bundle do: the design-time factory's context, then Migrate.
            // (On a thread of its own, as in the tool, which has no synchronization context.)
            using var db = new CoopPortal.Migrations.DesignTimeDbContextFactory().CreateDbContext(["--connection", connectionString]);
            await Task.Run(() => db.Database.Migrate());

            Assert.Equal(db.Database.GetMigrations(), db.Database.GetAppliedMigrations()); // the squashed one, then every later one
        }

        foreach (var table in ReferenceTables)
        {
            DatabaseCatalog.AssertSame(await DatabaseCatalog.RowsAsync(previous, table), await DatabaseCatalog.RowsAsync(empty, table), $"Rows of {table}");
        }

        DatabaseCatalog.AssertSame(await DatabaseCatalog.SchemaAsync(previous), await DatabaseCatalog.SchemaAsync(empty), "Schemas");
    }

    /// <summary>
    /// An applicant with a draft and its first history line, and an administrator's new title for an orientation, written
    /// with SQL as the old schema has them.
    /// </summary>
    private static async Task<(string UserId, Guid ApplicationId)> AddDataAsThePreviousReleaseWouldAsync(string connectionString)
    {
        const string userId = "previous-release-user";
        var applicationId = Guid.NewGuid();
        await ExecuteAsync(connectionString, $"""
            INSERT INTO "AspNetUsers" ("Id", "UserName", "NormalizedUserName", "Email", "NormalizedEmail", "EmailConfirmed", "SecurityStamp",
                "ConcurrencyStamp", "PhoneNumberConfirmed", "TwoFactorEnabled", "LockoutEnabled", "AccessFailedCount", "FullName", "NationalCode", "CreatedAtUtc")
            VALUES ('{userId}', '0012345679', '0012345679', 'previous@example.ir', 'PREVIOUS@EXAMPLE.IR', true, 'stamp', 'concurrency', false, false, true, 0,
                'کاربر نسخه قبل', '0012345679', now());
            INSERT INTO "AspNetUserRoles" ("UserId", "RoleId") VALUES ('{userId}', 'role-APPLICANT');
            INSERT INTO formation_applications ("Id", "ApplicantUserId", "ApplicantNationalCode", "Status", "DeclarationAccepted", "CreatedAtUtc",
                "UpdatedAtUtc", "StatusSinceUtc", "CorrectionRound", "SubmissionCount", "ActivityDescription", "Address", "Phone", "PostalCode", "ProvinceId")
            VALUES ('{applicationId}', '{userId}', '0012345679', 'Draft', false, now(), now(), now(), 0, 0, '', '', '', '', {Zanjan});
            INSERT INTO application_events ("Id", "ApplicationId", "AtUtc", "ActorUserId", "Action", "FromStatus", "ToStatus", "IsPublic")
            VALUES ('{Guid.NewGuid()}', '{applicationId}', now(), '{userId}', 'Create', 'Draft', 'Draft', true);
            UPDATE orientations SET "Title" = 'مرزنشینان استان' WHERE "Id" = {BorderResidents};
            """);
        return (userId, applicationId);
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static IEnumerable<Exception> Flatten(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            yield return e;
            if (e is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Flatten))
                {
                    yield return inner;
                }
            }
        }
    }
}
