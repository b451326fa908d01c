using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using CoopPortal.Domain.Certificates;
using CoopPortal.Infrastructure.Identity;
using CoopPortal.Infrastructure.Persistence;
using CoopPortal.Infrastructure.Seeding;
using CoopPortal.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopPortal.Bench;

/// <summary>
/// Requests per second of the public pages against bare endpoints in one run: the portal on Kestrel (loopback), wrk on
/// the same two cores, each address for <c>seconds</c> with <c>connections</c> connections, every round in turn.
/// </summary>
internal static partial class PublicPagesBench
{
    public static async Task<List<(string What, string Figure)>> RunAsync(int seconds, int connections, int rounds)
    {
        await using var portal = new KestrelBenchPortal(new Dictionary<string, string?>
        {
            ["Verification:PermitPerMinute"] = "100000000", // one client address sends everything here
            ["Review:EscalationIntervalMinutes"] = "43200",
        });
        var baseUrl = portal.ServerAddress;
        var code = await CertificateAsync(portal);
        var targets = new (string What, string Path)[]
        {
            ("bare endpoint, a fixed string (GET /bare/text)", "bare/text"),
            ("bare endpoint, the verification lookup (GET /bare/verify/{code})", $"bare/verify/{code}"),
            ("verification page (GET /verify/{code})", $"verify/{code}"),
            ("landing page (GET /)", string.Empty),
            ("bare endpoint behind the portal's middleware, a fixed string (GET /bare/pipeline/text)", "bare/pipeline/text"),
            ("bare endpoint behind the portal's middleware, the verification lookup (GET /bare/pipeline/verify/{code})", $"bare/pipeline/verify/{code}"),
        };

        using (var http = new HttpClient { BaseAddress = baseUrl })
        {
            foreach (var (_, path) in targets)
            {
                (await http.GetAsync(new Uri(path, UriKind.Relative))).EnsureSuccessStatusCode();
            }
        }

        var results = targets.ToDictionary(t => t.What, _ => new List<(double Rate, string P99)>());
        Wrk(new Uri(baseUrl, targets[2].Path), Math.Max(2, seconds / 2), connections); // warm-up: JIT, pools
        Wrk(new Uri(baseUrl, targets[3].Path), Math.Max(2, seconds / 2), connections);
        for (var round = 0; round < rounds; round++)
        {
            foreach (var (what, path) in targets)
            {
                results[what].Add(Wrk(new Uri(baseUrl, path), seconds, connections));
            }
        }

        var rows = new List<(string What, string Figure)>();
        foreach (var (what, _) in targets)
        {
            rows.Add((what + ", requests/s (p99 latency) per round",
                string.Join(" · ", results[what].Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Rate:0} ({r.P99})")))));
        }

        double Mean(int target) => results[targets[target].What].Average(r => r.Rate);
        rows.Add(("verification page ÷ bare verification lookup (mean of rounds)", Ratio(Mean(2) / Mean(1))));
        rows.Add(("verification page ÷ bare string (mean of rounds)", Ratio(Mean(2) / Mean(0))));
        rows.Add(("landing page ÷ bare string (mean of rounds)", Ratio(Mean(3) / Mean(0))));
        rows.Add(("verification page ÷ bare verification lookup behind the middleware (mean of rounds)", Ratio(Mean(2) / Mean(5))));
        rows.Add(("landing page ÷ bare string behind the middleware (mean of rounds)", Ratio(Mean(3) / Mean(4))));
        await using (var db = await portal.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            rows.Add(("verification checks logged", (await db.VerificationChecks.CountAsync()).ToString(CultureInfo.InvariantCulture)));
        }

        return rows;
    }

    private static string Ratio(double ratio) => ratio.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>Runs wrk (one thread) and returns requests per second and the 99th percentile of latency (wrk prints no p95).</summary>
    private static (double Rate, string P99) Wrk(Uri url, int seconds, int connections)
    {
        var start = new ProcessStartInfo("wrk", ["-t1", $"-c{connections}", $"-d{seconds}s", "--latency", url.ToString()])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start (apt-get install wrk).");
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var rate = RequestsPerSecond().Match(output);
        if (!rate.Success || NonSuccess().IsMatch(output))
        {
            throw new InvalidOperationException("wrk: " + output);
        }

        var p99 = Percentile99().Match(output);
        return (double.Parse(rate.Groups[1].Value, CultureInfo.InvariantCulture), p99.Success ? p99.Groups[1].Value : "?");
    }

    private static async Task<string> CertificateAsync(KestrelBenchPortal portal)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var citizen = (await users.FindByNameAsync(DemoAccounts.All[0].NationalCode))!;
        var head = (await users.FindByNameAsync(DemoAccounts.All[3].NationalCode))!;
        var application = (await CompleteApplications.SubmitAsync(portal.Services, citizen.Id, citizen.NationalCode, DemoAccounts.ZanjanProvinceId, [DateTime.UtcNow]))[0];
        await using var db = await portal.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var code = VerificationCode.New();
        var founders = Enumerable.Range(1, 3).Select(i => new CertificateFounder($"مؤسس شماره {i}", TestNationalCodes.Next())).ToList();
        db.FormationCertificates.Add(FormationCertificate.Issue(application.Id, DemoAccounts.ZanjanProvinceId, 1405, 1, code,
            new CertificateContent("شرکت تعاونی سنجش زنجان", "خدماتی", "خدمات", "عام", "زنجان", "زنجان", founders, 7, 700_000_000,
                "اداره کل تعاون، کار و رفاه اجتماعی استان زنجان", application.TrackingCode!, "حسین رضایی"), head.Id, DateTime.UtcNow));
        await db.SaveChangesAsync();
        return code;
    }

    [GeneratedRegex(@"Requests/sec:\s+([0-9.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"Non-2xx or 3xx responses|Socket errors")]
    private static partial Regex NonSuccess();

    [GeneratedRegex(@"99%\s+([0-9.]+\w+)")]
    private static partial Regex Percentile99();
}
