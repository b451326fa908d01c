using CoopPortal.Infrastructure;
using CoopPortal.Infrastructure.DataProtection;
using CoopPortal.Infrastructure.Persistence.LocalPostgres;
using CoopPortal.Infrastructure.Seeding;
using CoopPortal.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.UseSettingsBesideBinaries(builder.Environment);

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

var app = builder.Build();
await app.Services.InitializeDatabaseAsync();
app.UsePortalPipeline();

await app.StartAsync();
StartupBanner.Print(app);
await app.WaitForShutdownAsync();
return 0;

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
