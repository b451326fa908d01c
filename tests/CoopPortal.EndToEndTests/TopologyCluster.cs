using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using CoopPortal.Infrastructure.Persistence;
using CoopPortal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CoopPortal.EndToEndTests;

/// <summary>
/// The production topology of <c>deploy/local-cluster.sh</c> (primary, streaming replica, two portal instances in
/// Production, nginx), brought up once for its collection in its own state folder (artifacts/topology-cluster) on free
/// ports, with an SMTP sink as the instances' mail server, and always taken down (and its data deleted) afterwards.
/// </summary>
public sealed class TopologyCluster : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private ServiceProvider? _services;

    public SmtpSink Mail { get; } = new();

    public string State { get; } = Path.Combine(RepositoryPaths.Root, "artifacts", "topology-cluster");

    public int Port { get; private set; }

    public Uri Proxy => new($"http://127.0.0.1:{Port}/");

    /// <summary>Instance 1 (A) or 2 (B), directly.</summary>
    public Uri Instance(int number) => new($"http://127.0.0.1:{Port + number}/");

    public string PrimaryConnectionString =>
        $"Host=127.0.0.1;Port={Port + 40};Database=coopportal;Username=coopportal;Password={File.ReadAllText(Path.Combine(State, "pg", "app.password")).Trim()}";

    /// <summary>Contexts on the primary, for seeding and for reading what the instances wrote.</summary>
    public IServiceProvider Services => _services!;

    public async Task InitializeAsync()
    {
        Assertions.SetDefaultExpectTimeout(15_000); // as BrowserFixture: the same value whichever collection starts first
        Port = FreePortBlock();
        await RunAsync("up", TimeSpan.FromMinutes(15)); // includes the Release publish when the sources changed
        _services = new ServiceCollection()
            .AddDbContextFactory<AppDbContext>(options => options.UseNpgsql(PrimaryConnectionString, npgsql => npgsql.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)))
            .BuildServiceProvider();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFixture.ChromiumPath(),
            Headless = true,
            Args = BrowserFixture.ChromiumArgs,
        });
    }

    /// <summary>A new browser (its own cookies) whose relative addresses go to <paramref name="baseUrl"/>.</summary>
    public Task<IPage> NewPageAsync(Uri baseUrl) => BrowserFixture.OpenPageAsync(_browser!, baseUrl, 20_000);

    /// <summary>The process id of a part the cluster started (instance-1, instance-2, nginx).</summary>
    public int Pid(string part) => int.Parse(File.ReadAllText(Path.Combine(State, "run", part + ".pid")).Trim(), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Ends a process at once (kill -9) and waits until it is gone.</summary>
    public static async Task KillAsync(int pid)
    {
        using var process = Process.GetProcessById(pid);
        process.Kill();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
    }

    /// <summary>Stops the replica the hard way (its postmaster killed; PostgreSQL takes its backends down with it).</summary>
    public async Task KillReplicaAsync()
    {
        var postmasterPid = File.ReadLines(Path.Combine(State, "pg", "replica", "postmaster.pid")).First().Trim();
        await KillAsync(int.Parse(postmasterPid, System.Globalization.CultureInfo.InvariantCulture));
    }

    public async Task DisposeAsync()
    {
        try
        {
            if (_browser is not null)
            {
                await _browser.DisposeAsync();
            }

            _playwright?.Dispose();
            if (_services is not null)
            {
                await _services.DisposeAsync();
            }
        }
        finally
        {
            // Stopped first, then its logs kept as artefacts (artifacts/topology-logs), then its data deleted.
            await RunAsync("down", TimeSpan.FromMinutes(2));
            var logs = RepositoryPaths.Artifacts("topology-logs");
            foreach (var log in Directory.Exists(Path.Combine(State, "logs")) ? Directory.GetFiles(Path.Combine(State, "logs")) : [])
            {
                File.Copy(log, Path.Combine(logs, Path.GetFileName(log)), overwrite: true);
            }

            await RunAsync("down", TimeSpan.FromMinutes(1), "--purge");
            await Mail.DisposeAsync();
        }
    }

    private async Task RunAsync(string command, TimeSpan timeout, params string[] options)
    {
        var start = new ProcessStartInfo("bash")
        {
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(RepositoryPaths.Root, "deploy", "local-cluster.sh"));
        start.ArgumentList.Add(command);
        foreach (var option in options)
        {
            start.ArgumentList.Add(option);
        }

        start.Environment["COOPPORTAL_CLUSTER_STATE"] = State;
        start.Environment["COOPPORTAL_CLUSTER_PORT"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["COOPPORTAL_CLUSTER_INSTANCES"] = "2";
        start.Environment["COOPPORTAL_CLUSTER_FAST"] = "1";
        // The instances mail through the sink and look for pending e-mails every second.
        start.Environment["Smtp__Host"] = "127.0.0.1";
        start.Environment["Smtp__Port"] = Mail.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["Smtp__Security"] = "None";
        start.Environment["Smtp__DispatchIntervalSeconds"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        try
        {
            await process.WaitForExitAsync().WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"deploy/local-cluster.sh {command} did not finish within {timeout}.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"deploy/local-cluster.sh {command} failed ({process.ExitCode}):\n{await output}\n{await errors}\nLogs: {State}/logs");
        }
    }

    /// <summary>A base port whose block (nginx, instances at +1 and +2, bootstrap at +39, PostgreSQL at +40 and +41) is free.</summary>
    private static int FreePortBlock()
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var candidate = Random.Shared.Next(20_000, 29_000);
            if (new[] { 0, 1, 2, 39, 40, 41 }.All(offset => IsFree(candidate + offset)))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("No free block of loopback ports for the topology cluster.");
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            listener.Stop();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
