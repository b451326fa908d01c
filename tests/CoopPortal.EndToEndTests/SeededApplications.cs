using CoopPortal.Infrastructure.Persistence;
using CoopPortal.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CoopPortal.EndToEndTests;

/// <summary>A complete, submitted Zanjan application for a registered citizen, for journeys that start after submission.</summary>
internal static class SeededApplications
{
    public static async Task<string> UserIdAsync(PortalFactory portal, string nationalCode)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByNameAsync(nationalCode);
        return user?.Id ?? throw new InvalidOperationException($"No account for {nationalCode}.");
    }

    public static async Task<(Guid Id, string TrackingCode)> SubmitAsync(PortalFactory portal, Citizen citizen)
    {
        var applicantId = await UserIdAsync(portal, citizen.NationalCode);
        var app = (await CompleteApplications.SubmitAsync(portal.Services, applicantId, citizen.NationalCode, 14, [DateTime.UtcNow])).Single();
        return (app.Id, app.TrackingCode!);
    }
}
