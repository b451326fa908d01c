using CoopPortal.Infrastructure;
using CoopPortal.Infrastructure.DataProtection;
using CoopPortal.Infrastructure.Persistence.LocalPostgres;
using CoopPortal.Infrastructure.Seeding;
using CoopPortal.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.UseSettingsBesideBinaries(builder.Environment);

// The private cluster this process starts or adopts (the embedded default) is stopped on every way out: by the host
// when it stops (Ctrl+C, SIGTERM, a normal stop), by the finally below on a failure, and by StartupSignals for a
// signal that arrives before the host listens for signals itself.
var handedToTestHost = false;
using var startupSignals = new StartupSignals(builder.StopEmbeddedPostgres);
try
{
    try
    {
        builder.AddInfrastructure();
    }
    catch (LocalPostgresException ex)
    {
        Console.Error.WriteLine();
        Console.Error.WriteLine("CoopPortal could not start its database.");
        Console.Error.WriteLine(ex.Message);
        return 1;
    }
    catch (KeyEncryptionKeyException ex)
    {
        Console.Error.WriteLine();
        Console.Error.WriteLine("CoopPortal has no key to encrypt its Data Protection keys.");
        Console.Error.WriteLine(ex.Message);
        return 1;
    }

    builder.AddPortalWeb();

    await using var app = builder.Build();
    await app.Services.InitializeDatabaseAsync();
    app.UsePortalPipeline();

    await app.StartAsync();
    startupSignals.Dispose(); // from here the host handles Ctrl+C and SIGTERM, and stops the cluster as it stops
    StartupBanner.Print(app);
    await app.WaitForShutdownAsync();
    return 0;
}
catch (HostAbortedException)
{
    handedToTestHost = true; // WebApplicationFactory took the built host and runs it; the cluster serves it
    throw;
}
finally
{
    if (!handedToTestHost)
    {
        builder.StopEmbeddedPostgres();
    }
}

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
