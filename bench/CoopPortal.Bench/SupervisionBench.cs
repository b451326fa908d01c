using System.Diagnostics;
using System.Globalization;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Supervision.Common;
using CoopPortal.Application.Supervision.Compliance;
using CoopPortal.Application.Supervision.DeclarationQueue;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Registry;
using CoopPortal.Domain.Supervision;
using CoopPortal.Domain.Users;
using CoopPortal.Infrastructure.Persistence;
using CoopPortal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CoopPortal.Bench;

/// <summary>
/// The office's supervision queries on a province with many cooperatives: the compliance list (computed from the
/// registry on each call) and the declarations queue by risk; and the risk rules themselves.
/// </summary>
internal static class SupervisionBench
{
    private const int Province = 14;

    public static async Task<List<(string What, string Figure)>> RunAsync(int cooperatives)
    {
        var rows = new List<(string, string)>();
        using var factory = new PortalFactory();
        var services = factory.Services;
        var watch = Stopwatch.StartNew();
        var declarations = await SeedAsync(services, cooperatives);
        rows.Add((string.Create(CultureInfo.InvariantCulture, $"seed {cooperatives:N0} cooperatives and {declarations:N0} submitted declarations in one province"), Ms(watch.Elapsed)));

        var clock = new FixedClock(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero));
        var context = new CoopPortal.Application.Common.Time.PortalClock(clock);
        var reviewer = new FixedUser(new CurrentUserSnapshot("bench-reviewer", new HashSet<string> { Roles.Reviewer }, Province));
        var db = services.GetRequiredService<IReadOnlyDbContextFactory>();
        var supervision = services.GetRequiredService<IOptionsMonitor<SupervisionOptions>>();
        var compliance = new ComplianceQuery(db, services.GetRequiredService<IComplianceReader>(), reviewer, supervision, context);
        var queue = new DeclarationQueueQuery(db, reviewer);

        var report = await compliance.HandleAsync(new ComplianceFilter(), default);
        rows.Add((string.Create(CultureInfo.InvariantCulture, $"compliance list of the province ({report.Overdue:N0} overdue of {report.Cooperatives:N0}, first page of {report.PageSize}) (p50 / p95)"),
            await Bench.MeasureAsync(5, () => compliance.HandleAsync(new ComplianceFilter(), default))));
        rows.Add(("declarations queue, first page of 100, highest risk first (p50 / p95)", await Bench.MeasureAsync(20, () => queue.HandleAsync(new DeclarationQueueFilter(), default))));

        var facts = Filled(Guid.NewGuid(), 1404, assemblyHeld: false).Facts(JalaliDate.Parse("1405/05/10"), RegistryFacts.None);
        var settings = RiskSettings.Default;
        var asOf = JalaliDate.Parse("1405/05/10")!.Value;
        const int assessments = 100_000;
        watch.Restart();
        var points = 0;
        for (var i = 0; i < assessments; i++)
        {
            points += RiskRules.Assess(facts, settings, asOf).Total;
        }

        rows.Add(("risk rules, one assessment (9 rules, 4 firing)", string.Create(CultureInfo.InvariantCulture, $"{watch.Elapsed.TotalMicroseconds / assessments:0.0} µs ({points / assessments} points)")));
        return rows;
    }

    /// <summary>Cooperatives registered in 1400; 70 % declared 1403, 50 % declared 1404 (a third of those with risk).</summary>
    private static async Task<int> SeedAsync(IServiceProvider services, int count)
    {
        var factory = services.GetRequiredService<IDbContextFactory<AppDbContext>>();
        var declared = 0;
        const int batch = 2000;
        for (var start = 0; start < count; start += batch)
        {
            await using var db = await factory.CreateDbContextAsync();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = start; i < Math.Min(count, start + batch); i++)
            {
                var cooperative = Cooperative.Import(new ImportedCooperative(
                    $"تعاونی سنجش {i}", (1_000_000 + i).ToString(CultureInfo.InvariantCulture), JalaliDate.FromParts(1400, 1, 15)!.Value, null,
                    Province, null, null, 20, 500_000_000, TestNationalCodes.Next(), "مدیر سنجش", null), DateTime.UtcNow);
                db.Cooperatives.Add(cooperative);
                if (i % 10 < 7)
                {
                    db.SelfDeclarations.Add(Filled(cooperative.Id, 1403, assemblyHeld: true));
                    declared++;
                }

                if (i % 10 < 5)
                {
                    db.SelfDeclarations.Add(Filled(cooperative.Id, 1404, assemblyHeld: i % 3 != 0));
                    declared++;
                }
            }

            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync();
        }

        return declared;
    }

    private static readonly string[] Codes = [TestNationalCodes.Next(), TestNationalCodes.Next(), TestNationalCodes.Next(), TestNationalCodes.Next()];

    private static SelfDeclaration Filled(Guid cooperativeId, int year, bool assemblyHeld)
    {
        var term = JalaliDate.FromParts(year + 2, 2, 20);
        var content = new DeclarationContent
        {
            MembersTotal = 25, MembersWomen = 10, MembersMen = 15, Employees = 4, Capital = 900_000_000,
            TotalAssets = 5_000_000_000, TotalLiabilities = 2_000_000_000, Equity = 3_000_000_000, Revenue = 7_000_000_000,
            NetProfitOrLoss = assemblyHeld ? 150_000_000 : -5_000_000, Dividends = 0,
            OrdinaryAssemblyHeldOn = assemblyHeld ? JalaliDate.FromParts(year + 1, 2, 20) : null,
            Officers =
            [
                new(OfficerRole.BoardMember, "عضو یک", Codes[0], null, term),
                new(OfficerRole.BoardMember, "عضو دو", Codes[1], null, term),
                new(OfficerRole.BoardMember, "عضو سه", Codes[2], null, term),
                new(OfficerRole.Inspector, "بازرس", Codes[3], null, term),
            ],
            TaxReturnFiled = true, InsurancePaid = true, BooksKept = true, LicencesValid = true, TrainingHours = 10, ExportsValue = 0,
        };
        var declaration = SelfDeclaration.Start(cooperativeId, Province, null, year, DeclarationContent.Empty, -1_000, "bench-manager", DateTime.UtcNow);
        foreach (var section in DeclarationSectionText.All)
        {
            declaration.SaveSection(section, content, confirmed: true, DateTime.UtcNow);
        }

        if (assemblyHeld)
        {
            declaration.AttachInspectorsReport("report.pdf", "application/pdf", 10, "aa", "bench-" + Guid.NewGuid().ToString("N"), DateTime.UtcNow);
        }

        declaration.Submit("bench-manager", true, declaration.Revision, TrackingCode(), RiskSettings.Default, RegistryFacts.None, JalaliDate.FromParts(year + 1, 3, 1)!.Value, DateTime.UtcNow);
        return declaration;
    }

    private static string TrackingCode() => Domain.Formation.TrackingCode.New();

    private static string Ms(TimeSpan elapsed) => string.Create(CultureInfo.InvariantCulture, $"{elapsed.TotalMilliseconds:0} ms");

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
