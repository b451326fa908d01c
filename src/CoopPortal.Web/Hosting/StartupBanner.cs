using CoopPortal.Infrastructure.Seeding;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace CoopPortal.Web.Hosting;

internal static class StartupBanner
{
    /// <summary>Prints where the portal listens and, in Development, the demo accounts to log in with.</summary>
    public static void Print(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var output = Console.Out;
        output.WriteLine();
        output.WriteLine("CoopPortal is running:");
        foreach (var address in addresses)
        {
            output.WriteLine($"  {address}");
        }

        if (app.Environment.IsDevelopment() && app.Configuration.GetValue<bool>("Seed:DemoAccounts"))
        {
            output.WriteLine();
            output.WriteLine($"Demo accounts (Development only), password for all: {DemoAccounts.Password}");
            foreach (var demo in DemoAccounts.All)
            {
                var province = demo.ProvinceId is null ? string.Empty : " (Zanjan office)";
                output.WriteLine($"  {demo.Role,-20} national code {demo.NationalCode}  or  {demo.Email}{province}");
            }

            output.WriteLine($"Staff (Reviewer, HeadOfOffice, Admin) also give an authenticator app's code; its key: {DemoAccounts.AuthenticatorKey}");
        }

        output.WriteLine();
        output.WriteLine("Press Ctrl+C to stop.");
        output.Flush();
    }
}
