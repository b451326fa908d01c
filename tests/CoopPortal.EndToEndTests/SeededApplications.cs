using CoopPortal.Domain.Formation;
using CoopPortal.Infrastructure.Identity;
using CoopPortal.Infrastructure.Persistence;
using CoopPortal.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopPortal.EndToEndTests;

/// <summary>
/// A complete, submitted application for a registered citizen, written straight to the database, for journeys that
/// start where the citizen's journey (tested on its own) ends.
/// </summary>
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
        await using var db = await portal.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var county = await db.Counties.FirstAsync(c => c.ProvinceId == 14);
        var now = DateTime.UtcNow;
        var app = FormationApplication.Start(applicantId, citizen.NationalCode, now);
        app.UpdateDetails(CooperativeDetails.Create(1, 6, 1, "تأمین کالاهای مصرفی اعضا در شهرستان", 14, county.Id, "زنجان، خیابان سعدی", "4515678912", "02433456789"), now);
        app.SetProposedNames(["تعاونی پیشین " + Guid.NewGuid().ToString("N")[..4]], now);
        for (var i = 0; i < 7; i++)
        {
            app.AddMember(new MemberDetails($"عضو {i}", "پدر", i == 0 ? citizen.NationalCode : TestNationalCodes.Next(), "1365/01/01", "09121234567", 10_000_000, 4_000_000, null, null), now);
        }

        app.SetFounders(app.Members.Take(3).Select(m => m.Id).ToList(), now);
        app.AttachDocument(DocumentKind.FoundersIdCards, "id.pdf", "application/pdf", 10, new string('a', 64), Guid.NewGuid().ToString("N"), now);
        app.AttachDocument(DocumentKind.ProposalPlan, "plan.pdf", "application/pdf", 10, new string('b', 64), Guid.NewGuid().ToString("N"), now);
        app.SetDeclaration(true, now);
        app.Submit(new ValidationContext(FormationRules.Default, false, true, DateOnly.FromDateTime(now)), TrackingCode.New(), now);
        db.FormationApplications.Add(app);
        await db.SaveChangesAsync();
        return (app.Id, app.TrackingCode!);
    }
}
