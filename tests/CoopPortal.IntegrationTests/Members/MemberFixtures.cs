using System.Text;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Registry.Import;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Infrastructure.Persistence;
using CoopPortal.IntegrationTests.Common;
using CoopPortal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopPortal.IntegrationTests.Members;

/// <summary>What the member tests share: a cooperative in the registry, a member list as CSV, the import as an admin.</summary>
internal static class MemberFixtures
{
    public const string Header = "استان,شماره ثبت,کد ملی,نام و نام خانوادگی,سهام (ریال),تاریخ عضویت";

    public static string Csv(params string[] rows) => string.Join("\n", [Header, .. rows]) + "\n";

    /// <summary>An imported Zanjan cooperative (its CEO a random person), with its registration number.</summary>
    public static async Task<(Guid Id, string Name, string RegistrationNumber)> CooperativeAsync(PortalDatabaseFixture fixture)
    {
        var number = TestNumbers.RegistrationNumber();
        var name = "تعاونی اعضا " + Guid.NewGuid().ToString("N")[..6];
        var cooperative = Cooperative.Import(new ImportedCooperative(name, number, JalaliDate.Parse("1398/02/10")!.Value, null,
            PortalDatabaseFixture.Zanjan, fixture.ZanjanCountyId, null, 600, 5_000_000_000, TestNationalCodes.Next(), "مدیرعامل آزمون", null), DateTime.UtcNow);
        await using var db = await OpenAsync(fixture);
        db.Cooperatives.Add(cooperative);
        await db.SaveChangesAsync();
        return (cooperative.Id, name, number);
    }

    public static async Task<CooperativeImportResult> ImportAsync(PortalDatabaseFixture fixture, ICurrentUser user, string csv, string fileName = "members.csv") =>
        await ImportAsync(fixture, user, Encoding.UTF8.GetBytes(csv), fileName);

    public static async Task<CooperativeImportResult> ImportAsync(PortalDatabaseFixture fixture, ICurrentUser user, byte[] bytes, string fileName = "members.csv")
    {
        using var stream = new MemoryStream(bytes);
        var handler = new ImportMembersHandler(fixture.Db, new PortalDatabaseFixture.FixedUser(user), fixture.Factory.Services.GetRequiredService<IMemberImportStaging>(), TimeProvider.System);
        return await handler.HandleAsync(stream, fileName, default);
    }

    public static async Task<AppDbContext> OpenAsync(PortalDatabaseFixture fixture) =>
        await fixture.Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();

    public static async Task<List<CooperativeMember>> MembersOfAsync(PortalDatabaseFixture fixture, Guid cooperativeId)
    {
        await using var db = await OpenAsync(fixture);
        return await db.CooperativeMembers.AsNoTracking().Where(m => m.CooperativeId == cooperativeId).OrderBy(m => m.NationalCode).ToListAsync();
    }

    public static string Describe(CooperativeImportResult result) =>
        result.Message + " " + string.Join(" | ", result.Errors.Select(e => $"{e.Row}/{e.Column}: {e.Message}"));
}
