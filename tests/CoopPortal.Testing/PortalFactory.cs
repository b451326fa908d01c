using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoopPortal.Testing;

/// <summary>
/// The real portal (Program.cs, the whole pipeline) on a throwaway database: in memory for HTTP tests, or on Kestrel
/// on a free loopback port for browser tests. Development environment by default, so demo accounts exist; migrations
/// always run on the throwaway database.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    static PortalFactory()
    {
        // Where the web project lives, for any host assembly (tests, bench), instead of guessing from the solution name.
        Environment.SetEnvironmentVariable(
            "ASPNETCORE_TEST_CONTENTROOT_COOPPORTAL_WEB", Path.Combine(RepositoryPaths.Root, "src", "CoopPortal.Web"));
    }

    private readonly string _environment;

    public PortalFactory(string? connectionString = null, bool useKestrel = false, IDictionary<string, string?>? settings = null, string environment = "Development")
    {
        _environment = environment;
        ConnectionString = connectionString ?? TestPostgres.CreateDatabase();
        _settings = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["ConnectionStrings:Default"] = ConnectionString,
        };
        _settings.TryAdd("Database:MigrateOnStartup", "true");
        _settings.TryAdd("Seed:DemoAccounts", "true");
        _settings.TryAdd("Pdf:WarmUpOnStart", "false"); // tests that print launch the browser when they need it
        _settings.TryAdd("DataProtection:KeyEncryptionKey", TestKeyEncryptionKey); // every environment, no key file written
        // One client address makes every test's log-ins: the limits are tested with their own low settings.
        _settings.TryAdd("AccountLimits:LoginPerClientPerMinute", "100000");
        _settings.TryAdd("AccountLimits:LoginTotalPerMinute", "100000");
        _settings.TryAdd("AccountLimits:RegisterPerClientPerMinute", "100000");
        _settings.TryAdd("AccountLimits:RegisterTotalPerMinute", "100000");
        if (useKestrel)
        {
            UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        }
    }

    /// <summary>The key that encrypts the Data Protection keys in tests (32 bytes, base64).</summary>
    public const string TestKeyEncryptionKey = "Q29vcFBvcnRhbCB0ZXN0IGtleSwgbm90IHNlY3JldCE=";

    public string ConnectionString { get; }

    /// <summary>The portal's clock (real time unless a test shifts it).</summary>
    public ShiftableClock Clock { get; } = new();

    /// <summary>The portal's last warnings and errors (for a failing test's message).</summary>
    public RecentWarnings Warnings { get; } = new();

    /// <summary>The address Kestrel listens on (browser tests).</summary>
    public Uri ServerAddress
    {
        get
        {
            StartServer();
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new Uri(address.EndsWith('/') ? address : address + "/");
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment(_environment);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
        builder.ConfigureLogging(logging => logging.AddProvider(Warnings));
    }
}
