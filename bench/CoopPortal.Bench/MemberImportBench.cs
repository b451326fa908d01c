using System.Diagnostics;
using System.Globalization;
using System.Text;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Registry.Import;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Users;
using CoopPortal.Infrastructure.Persistence;
using CoopPortal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopPortal.Bench;

/// <summary>
/// The member import at the scale of a Justice Shares cooperative (issue 20: 610,000 members in Zanjan): a generated CSV
/// of one cooperative's members imported through the real use case (stream, one-pass checks, binary COPY, one merge) on
/// the bench's own throwaway cluster; then the same file again (every row an update), and the same file with one bad
/// row at the end (read to the end, refused, nothing written).
/// </summary>
internal static class MemberImportBench
{
    private const int Province = 14;

    private static readonly string[] FirstNames = ["علی", "مریم", "حسین", "زهرا", "محمد", "فاطمه", "رضا", "سارا", "مهدی", "نرگس", "حسن", "لیلا"];
    private static readonly string[] LastNames = ["رضایی", "احمدی", "محمدی", "حسینی", "کریمی", "موسوی", "جعفری", "کاظمی", "قاسمی", "صادقی", "رحیمی", "یوسفی"];

    public static async Task<List<(string What, string Figure)>> RunAsync(int members)
    {
        var rows = new List<(string, string)>();
        var folder = Path.Combine(Path.GetTempPath(), "coopportal-members-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        try
        {
            using var factory = new PortalFactory();
            var services = factory.Services;
            var number = await CooperativeAsync(services);

            var watch = Stopwatch.StartNew();
            var file = Path.Combine(folder, "members.csv");
            await WriteAsync(file, number, members, badLastRow: false);
            rows.Add((string.Create(CultureInfo.InvariantCulture, $"generate the CSV ({members:N0} members of one cooperative, UTF-8)"),
                string.Create(CultureInfo.InvariantCulture, $"{Ms(watch.Elapsed)}, {new FileInfo(file).Length / (1024.0 * 1024.0):0.0} MiB")));

            var admin = new FixedUser(new CurrentUserSnapshot("bench-admin", new HashSet<string> { Roles.Admin }, null));
            var handler = new ImportMembersHandler(services.GetRequiredService<IAppDbContextFactory>(), admin, services.GetRequiredService<IMemberImportStaging>(), TimeProvider.System);

            rows.Add(await ImportAsync(handler, file, members, "first import (every row added)", r => r.ImportedCount == members));
            rows.Add(await ImportAsync(handler, file, members, "the same file again (every row an update)", r => r.UpdatedCount == members));

            var bad = Path.Combine(folder, "members-bad.csv");
            await WriteAsync(bad, number, members, badLastRow: true);
            rows.Add(await ImportAsync(handler, bad, members, "the same file with one bad row at the end (refused)", r => !r.Succeeded && r.TotalErrors == 1));

            await using var db = await services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
            var stored = await db.CooperativeMembers.CountAsync();
            rows.Add(("members in cooperative_members afterwards", stored.ToString("N0", CultureInfo.InvariantCulture)));
            return rows;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<(string, string)> ImportAsync(ImportMembersHandler handler, string file, int members, string what, Func<CooperativeImportResult, bool> expected)
    {
        GC.Collect();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        long peak = before;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
                await Task.Delay(20);
            }
        });
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        CooperativeImportResult result;
        await using (var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true))
        {
            result = await handler.HandleAsync(stream, Path.GetFileName(file), default);
        }

        var elapsed = watch.Elapsed;
        await sampling.CancelAsync();
        await sampler;
        if (!expected(result))
        {
            throw new InvalidOperationException($"{what}: unexpected result {result.Kind} {result.Message} ({result.ImportedCount} added, {result.UpdatedCount} updated)");
        }

        var figure = string.Create(CultureInfo.InvariantCulture,
            $"{elapsed.TotalSeconds:0.0} s, {members / elapsed.TotalSeconds:N0} rows/s, managed heap peak +{(peak - before) / (1024.0 * 1024.0):0} MiB, allocated {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / (1024.0 * 1024.0):N0} MiB, process peak RSS {Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0):0} MiB");
        return (what, figure);
    }

    /// <summary>A Justice Shares cooperative in Zanjan; returns its registration number.</summary>
    private static async Task<string> CooperativeAsync(IServiceProvider services)
    {
        var number = TestNumbers.RegistrationNumber();
        var cooperative = Cooperative.Import(new ImportedCooperative("تعاونی سهام عدالت استان زنجان", number, JalaliDate.Parse("1385/06/01")!.Value, null,
            Province, null, null, 610_000, 1_000_000_000_000, TestNationalCodes.Next(), "مدیرعامل سهام عدالت", null), DateTime.UtcNow);
        await using var db = await services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        db.Cooperatives.Add(cooperative);
        await db.SaveChangesAsync();
        return number;
    }

    /// <summary>
    /// One member a row: distinct valid national codes (a 9-digit running number and its check digit), Persian names,
    /// shares with thousands separators in quotes, every third row a joining day.
    /// </summary>
    private static async Task WriteAsync(string path, string number, int members, bool badLastRow)
    {
        await using var writer = new StreamWriter(path, false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16);
        await writer.WriteLineAsync(string.Join(',', MemberImportFormat.Columns.Select(c => c.Header)));
        for (var i = 0; i < members; i++)
        {
            var code = NationalCode(100_000_000 + (i * 7L));
            var name = $"{FirstNames[i % FirstNames.Length]} {LastNames[i / FirstNames.Length % LastNames.Length]}";
            var shares = (i % 50 + 1) * 1_000_000L;
            var joined = i % 3 == 0 ? "1385/07/" + ((i % 28) + 1).ToString("00", CultureInfo.InvariantCulture) : string.Empty;
            var sharesCell = badLastRow && i == members - 1 ? "سهم" : "\"" + shares.ToString("#,0", CultureInfo.InvariantCulture) + "\"";
            await writer.WriteLineAsync($"زنجان,{number},{code},{name},{sharesCell},{joined}");
        }
    }

    private static string NationalCode(long nine)
    {
        var prefix = nine.ToString("D9", CultureInfo.InvariantCulture);
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += (prefix[i] - '0') * (10 - i);
        }

        var remainder = sum % 11;
        return prefix + (remainder < 2 ? remainder : 11 - remainder).ToString(CultureInfo.InvariantCulture);
    }

    private static string Ms(TimeSpan elapsed) => string.Create(CultureInfo.InvariantCulture, $"{elapsed.TotalMilliseconds:0} ms");
}
