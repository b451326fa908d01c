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

    /// <summary>
    /// Marks a registered citizen's national code as proven, as the office's confirmation or the SMS and identity check
    /// would (ProofingJourneyTests walks those); for journeys where the citizen then becomes a cooperative's manager.
    /// </summary>
    public static async Task ProveIdentityAsync(PortalFactory portal, string nationalCode)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByNameAsync(nationalCode) ?? throw new InvalidOperationException($"No account for {nationalCode}.");
        user.PhoneNumberConfirmed = true;
        user.IdentityProvenAtUtc = DateTime.UtcNow;
        user.IdentityProof = Domain.Users.IdentityProof.Provisioned;
        var updated = await users.UpdateAsync(user);
        if (!updated.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", updated.Errors.Select(e => e.Description)));
        }
    }

    public static async Task<(Guid Id, string TrackingCode)> SubmitAsync(PortalFactory portal, Citizen citizen)
    {
        var applicantId = await UserIdAsync(portal, citizen.NationalCode);
        var app = (await CompleteApplications.SubmitAsync(portal.Services, applicantId, citizen.NationalCode, 14, [DateTime.UtcNow])).Single();
        return (app.Id, app.TrackingCode!);
    }
}
