using System.Diagnostics;
using System.Globalization;
using CoopPortal.Infrastructure.Identity;
using CoopPortal.Infrastructure.Persistence;
using CoopPortal.Infrastructure.Persistence.LocalPostgres;
using CoopPortal.Infrastructure.Seeding;
using CoopPortal.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

// Usage: dotnet run -c Release --project bench/CoopPortal.Bench [iterations]      (start-up, accounts, pages)
//        dotnet run -c Release --project bench/CoopPortal.Bench pdf [documents]  (the PDF engine)
//        dotnet run -c Release --project bench/CoopPortal.Bench field-change [samples]  (SQL and time of one field change on a draft)
//        dotnet run -c Release --project bench/CoopPortal.Bench section-change [samples]  (SQL and time of a change of members, founders, declaration, documents)
//        dotnet run -c Release --project bench/CoopPortal.Bench supervision [cooperatives]  (compliance, risk queue)
//        dotnet run -c Release --project bench/CoopPortal.Bench public [seconds] [connections] [rounds]  (verification and landing pages against bare endpoints, wrk)
//        dotnet run -c Release --project bench/CoopPortal.Bench circuits [1,51,101]  (live heap per open circuit on the heaviest pages, Chromium)
//        dotnet run -c Release --project bench/CoopPortal.Bench dashboard [applications] [cooperatives] [assemblies] [--samples 30] [--explain] [--indexes FILE]...
//                                                                     (statistics dashboard on a national-scale seed)
//        dotnet run -c Release --project bench/CoopPortal.Bench members [members]  (a Justice Shares member list through the import use case)
//        dotnet run -c Release --project bench/CoopPortal.Bench topology-certificate CONNECTION-STRING
//                                                                     (a certificate in a running cluster, for bench/topology-load.sh)
if (args.Length > 1 && args[0] == "topology-certificate")
{
    Console.WriteLine(await CoopPortal.Bench.TopologyCertificate.CreateAsync(args[1]));
    return;
}

if (args.Length > 0 && args[0] == "dashboard")
{
    var numbers = args.Skip(1).TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToList();
    string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
    var samples = Option("--samples") is { } n ? int.Parse(n, CultureInfo.InvariantCulture) : 30;
    var table = await CoopPortal.Bench.DashboardBench.RunAsync(
        numbers.Count > 0 ? numbers[0] : 1_000_000, numbers.Count > 1 ? numbers[1] : 200_000, numbers.Count > 2 ? numbers[2] : 200_000, samples, args.Contains("--explain"),
        args.Select((a, i) => (a, i)).Where(x => x.a == "--indexes" && x.i + 1 < args.Length).Select(x => args[x.i + 1]).ToList());
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"CoopPortal dashboard bench, {DateTime.UtcNow:yyyy-MM-dd}, {Environment.ProcessorCount} cores, .NET {Environment.Version}"));
    Console.WriteLine();
    Console.WriteLine("| what | figure |");
    Console.WriteLine("|---|---|");
    foreach (var (what, figure) in table)
    {
        Console.WriteLine($"| {what} | {figure} |");
    }

    return;
}

if (args.Length > 0 && args[0] == "circuits")
{
    var counts = args.Length > 1 ? args[1].Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToList() : [1, 51, 101];
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"CoopPortal circuits bench, {DateTime.UtcNow:yyyy-MM-dd}, {Environment.ProcessorCount} cores, .NET {Environment.Version}, server GC {System.Runtime.GCSettings.IsServerGC}"));
    await CoopPortal.Bench.CircuitBench.RunAsync(counts, args.Skip(2).ToList()); // prints each page's rows as it goes

    return;
}

if (args.Length > 0 && args[0] == "public")
{
    var seconds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10;
    var connections = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 32;
    var rounds = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 2;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"CoopPortal public pages bench, {DateTime.UtcNow:yyyy-MM-dd}, {Environment.ProcessorCount} cores, .NET {Environment.Version}"));
    foreach (var (what, figure) in await CoopPortal.Bench.PublicPagesBench.RunAsync(seconds, connections, rounds))
    {
        Console.WriteLine($"| {what} | {figure} |");
    }

    return;
}

if (args.Length > 0 && args[0] == "members")
{
    var members = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 600_000;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"CoopPortal member import bench, {DateTime.UtcNow:yyyy-MM-dd}, {Environment.ProcessorCount} cores, .NET {Environment.Version}"));
    foreach (var (what, figure) in await CoopPortal.Bench.MemberImportBench.RunAsync(members))
    {
        Console.WriteLine($"| {what} | {figure} |");
    }

    return;
}

if (args.Length > 0 && args[0] == "supervision")
{
    var cooperatives = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20_000;
    foreach (var (what, figure) in await CoopPortal.Bench.SupervisionBench.RunAsync(cooperatives))
    {
        Console.WriteLine($"| {what} | {figure} |");
    }

    return;
}

if (args.Length > 0 && args[0] == "field-change")
{
    var samples = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 50;
    foreach (var (what, figure) in await CoopPortal.Bench.FieldChangeBench.RunAsync(samples))
    {
        Console.WriteLine($"| {what} | {figure} |");
    }

    return;
}

if (args.Length > 0 && args[0] == "section-change")
{
    var samples = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 50;
    foreach (var (what, figure) in await CoopPortal.Bench.SectionChangeBench.RunAsync(samples))
    {
        Console.WriteLine($"| {what} | {figure} |");
    }

    return;
}

if (args.Length > 0 && args[0] == "pdf")
{
    var documents = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100;
    foreach (var (what, figure) in await CoopPortal.Bench.PdfBench.RunAsync(documents))
    {
        Console.WriteLine($"| {what} | {figure} |");
    }

    return;
}

var iterations = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 50;
var rows = new List<(string What, string Figure)>();

// 1. The private cluster: first run (initdb + start), a restart on existing data, a start that finds it running.
var root = Path.Combine(Path.GetTempPath(), "coopportal-bench-" + Guid.NewGuid().ToString("N")[..8]);
var options = new LocalPostgresOptions { DataDirectory = Path.Combine(root, "data") };
var watch = Stopwatch.StartNew();
var cluster = LocalPostgresCluster.Start(options, root, NullLogger.Instance);
rows.Add(("private cluster, first run (initdb + start + create database)", Ms(watch.Elapsed)));
watch.Restart();
LocalPostgresCluster.Start(options, root, NullLogger.Instance);
rows.Add(("private cluster, start when already running (reuse)", Ms(watch.Elapsed)));
cluster.Stop();
Npgsql.NpgsqlConnection.ClearAllPools();
watch.Restart();
cluster = LocalPostgresCluster.Start(options, root, NullLogger.Instance);
rows.Add(("private cluster, start on existing data", Ms(watch.Elapsed)));
cluster.Stop();
Directory.Delete(root, recursive: true);

// 2. Password hashing at the configured PBKDF2 cost.
var hasher = new PasswordHasher<ApplicationUser>(Options.Create(new PasswordHasherOptions { IterationCount = IdentitySetup.PasswordIterations }));
var user = new ApplicationUser();
var hash = hasher.HashPassword(user, "warm-up-passphrase-1405");
var verify = Measure(iterations / 5 + 5, () => hasher.VerifyHashedPassword(user, hash, "warm-up-passphrase-1405"));
rows.Add(($"PBKDF2-SHA512 verify, {IdentitySetup.PasswordIterations:N0} iterations (p50 / p95)", verify));

// 3. The portal in process on a throwaway database: cold start with migrations, then page and login round trips.
watch.Restart();
using var factory = new PortalFactory();
using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
using (var first = await client.GetAsync(new Uri("/health", UriKind.Relative)))
{
    first.EnsureSuccessStatusCode();
}

rows.Add(("portal cold start on an empty database (migrations + seed + first request)", Ms(watch.Elapsed)));
rows.Add(("GET / (home, server-rendered) (p50 / p95)", await MeasureAsync(iterations, async () =>
{
    using var response = await client.GetAsync(new Uri("/", UriKind.Relative));
    response.EnsureSuccessStatusCode();
})));
rows.Add(("GET /health (p50 / p95)", await MeasureAsync(iterations, async () =>
{
    using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));
    response.EnsureSuccessStatusCode();
})));
var demo = DemoAccounts.All[0];
rows.Add(("log in with national code: GET form + POST (p50 / p95)", await MeasureAsync(iterations / 5 + 5, async () =>
{
    using var fresh = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
    using var response = await new FormClient(fresh).LoginAsync(demo.NationalCode, DemoAccounts.Password);
    if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
    {
        throw new InvalidOperationException("Login did not succeed.");
    }
})));

// 4. A complete (submitted) formation application (7 members, 2 documents): the check-answers page, server-rendered, which loads
//    the whole aggregate, runs every rule and renders the summary.
var applicationId = await CompleteApplicationAsync(factory);
using var applicant = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
using (var login = await new FormClient(applicant).LoginAsync(demo.NationalCode, DemoAccounts.Password))
{
    if (login.StatusCode != System.Net.HttpStatusCode.Redirect)
    {
        throw new InvalidOperationException("Login did not succeed.");
    }
}

rows.Add(("GET /applications/{id}/check (7 members, all rules, server-rendered) (p50 / p95)", await MeasureAsync(iterations, async () =>
{
    using var response = await applicant.GetAsync(new Uri($"/applications/{applicationId}/check", UriKind.Relative));
    response.EnsureSuccessStatusCode();
})));

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"CoopPortal bench, {DateTime.UtcNow:yyyy-MM-dd}, {Environment.ProcessorCount} cores, .NET {Environment.Version}"));
Console.WriteLine();
Console.WriteLine("| what | figure |");
Console.WriteLine("|---|---|");
foreach (var (what, figure) in rows)
{
    Console.WriteLine($"| {what} | {figure} |");
}

return;

static async Task<Guid> CompleteApplicationAsync(PortalFactory factory)
{
    await using var scope = factory.Services.CreateAsyncScope();
    var applicant = await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByNameAsync(DemoAccounts.All[0].NationalCode);
    var submitted = await CompleteApplications.SubmitAsync(factory.Services, applicant!.Id, applicant.NationalCode, DemoAccounts.ZanjanProvinceId, [DateTime.UtcNow]);
    return submitted[0].Id;
}

static string Ms(TimeSpan elapsed) => string.Create(CultureInfo.InvariantCulture, $"{elapsed.TotalMilliseconds:0} ms");

static string Measure(int count, Action action)
{
    action();
    var samples = new List<double>(count);
    for (var i = 0; i < count; i++)
    {
        var started = Stopwatch.GetTimestamp();
        action();
        samples.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    return Percentiles(samples);
}

static Task<string> MeasureAsync(int count, Func<Task> action) => CoopPortal.Bench.Bench.MeasureAsync(count, action);

static string Percentiles(List<double> samples) => CoopPortal.Bench.Bench.Percentiles(samples);

