using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using CoopPortal.Infrastructure.Persistence.LocalPostgres;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace CoopPortal.IntegrationTests.Hosting;

/// <summary>
/// Issue 16 point 9: the real portal process (CoopPortal.Web.dll, no connection string, so the embedded private cluster)
/// stops the cluster it started or adopted on every way out: a start-up failure it reports, a start-up failure it does
/// not catch, and SIGTERM once it runs.
/// </summary>
public sealed class EmbeddedClusterExitTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "coopportal-exit-test-" + Guid.NewGuid().ToString("N")[..10]);

    private string DataDirectory => Path.Combine(_root, "data");

    private string PidFile => Path.Combine(DataDirectory, "postmaster.pid");

    private LocalPostgresOptions Options => new() { DataDirectory = DataDirectory, Database = "portal", Port = 5433 };

    /// <summary>A cluster running as an earlier portal process left it when it died (never stopped).</summary>
    private void LeaveClusterRunning()
    {
        LocalPostgresCluster.Start(Options, _root, NullLogger.Instance);
        NpgsqlConnection.ClearAllPools();
        Assert.True(File.Exists(PidFile));
    }

    [Fact]
    public async Task A_start_up_failure_the_portal_reports_stops_the_cluster_it_initialized()
    {
        // Production with no key for the Data Protection keys: refused after the cluster has started.
        using var portal = StartPortal("Production", keyEncryptionKey: null, port: FreePort());
        await portal.WaitForExitAsync();

        Assert.True(portal.ExitCode == 1, Output);
        Assert.True(File.Exists(Path.Combine(DataDirectory, "PG_VERSION")), "The portal did not initialize its cluster: " + Output);
        Assert.False(File.Exists(PidFile), "The cluster is still running: " + Output);
    }

    [Fact]
    public async Task An_unhandled_start_up_failure_stops_a_cluster_the_portal_adopted()
    {
        LeaveClusterRunning();
        using var taken = new TcpListener(IPAddress.Loopback, 0); // the portal's address is in use: Kestrel cannot start
        taken.Start();

        using var portal = StartPortal("Development", PortalFactory.TestKeyEncryptionKey, ((IPEndPoint)taken.LocalEndpoint).Port);
        await portal.WaitForExitAsync();

        Assert.True(portal.ExitCode != 0, Output);
        Assert.False(File.Exists(PidFile), "The adopted cluster is still running: " + Output);
    }

    [Fact]
    public async Task Sigterm_stops_the_portal_and_the_cluster_it_adopted()
    {
        LeaveClusterRunning();
        var port = FreePort();
        using var portal = StartPortal("Development", PortalFactory.TestKeyEncryptionKey, port);
        await WaitUntilHealthyAsync(portal, port);

        using (var kill = Process.Start("kill", ["-TERM", portal.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        await portal.WaitForExitAsync();
        Assert.True(portal.ExitCode == 0, Output);
        Assert.False(File.Exists(PidFile), "The adopted cluster is still running: " + Output);
    }

    private readonly System.Text.StringBuilder _output = new();

    /// <summary>What the portal printed, for the failure messages.</summary>
    private string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    private void Record(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }

    private Process StartPortal(string environment, string? keyEncryptionKey, int port)
    {
        var web = Path.Combine(RepositoryPaths.Root, "src", "CoopPortal.Web");
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name; // bin/<Debug|Release>/net10.0
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = web,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(web, "bin", configuration, "net10.0", "CoopPortal.Web.dll"));
        start.Environment.Remove("ConnectionStrings__Default");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["EmbeddedPostgres__DataDirectory"] = DataDirectory;
        start.Environment["EmbeddedPostgres__Database"] = "portal";
        start.Environment["DataProtection__KeyEncryptionKey"] = keyEncryptionKey ?? string.Empty;
        start.Environment["Seed__DemoAccounts"] = "false";
        start.Environment["Pdf__WarmUpOnStart"] = "false";
        start.Environment["Database__MigrateOnStartup"] = "true";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => Record(e.Data);
        process.ErrorDataReceived += (_, e) => Record(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Polls /health until it answers 200 (the portal is up), failing if the portal exits first.</summary>
    private async Task WaitUntilHealthyAsync(Process portal, int port)
    {
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(3)); // a portal that never comes up fails the test
        while (true)
        {
            Assert.False(portal.HasExited, $"The portal exited with {(portal.HasExited ? portal.ExitCode : 0)} before it was up: {Output}");
            try
            {
                using var response = await client.GetAsync(new Uri("/health", UriKind.Relative), limit.Token);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(200, limit.Token);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (File.Exists(PidFile))
        {
            // A failed test leaves the cluster running: adopt it and stop it, so no server outlives the test run.
            try
            {
                using var left = LocalPostgresCluster.Start(Options, _root, NullLogger.Instance);
            }
            catch (LocalPostgresException)
            {
            }

            NpgsqlConnection.ClearAllPools();
        }

        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
