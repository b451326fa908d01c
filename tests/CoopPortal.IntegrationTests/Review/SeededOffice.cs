using CoopPortal.Domain.Formation;
using CoopPortal.Infrastructure.Persistence;
using CoopPortal.IntegrationTests.Formation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopPortal.IntegrationTests.Review;

/// <summary>Complete applications submitted some days ago in a given province, written straight to the database.</summary>
internal static class SeededOffice
{
    public static async Task<List<FormationApplication>> SubmittedAtAsync(FormationFixture fixture, int Province, params int[] daysAgo)
    {
        var applicant = await fixture.NewUserAsync();
        await using var db = await fixture.Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var county = await db.Counties.FirstAsync(c => c.ProvinceId == Province);
        var created = new List<FormationApplication>();
        foreach (var days in daysAgo)
        {
            var at = DateTime.UtcNow.AddDays(-days);
            var app = FormationApplication.Start(applicant.UserId!, applicant.NationalCode!, at);
            app.UpdateDetails(CooperativeDetails.Create(1, 6, 1, "تأمین کالاهای مصرفی اعضا در شهرستان", Province, county.Id, "تبریز", "5156789123", "04133456789"), at);
            app.SetProposedNames([$"تعاونی صف {Guid.NewGuid():N}"[..20]], at);
            for (var i = 0; i < 7; i++)
            {
                app.AddMember(new MemberDetails($"عضو {i}", "پدر", i == 0 ? applicant.NationalCode : TestNationalCodes.Next(), "1365/01/01", "09121234567", 10_000_000, 4_000_000, null, null), at);
            }

            app.SetFounders(app.Members.Take(3).Select(m => m.Id).ToList(), at);
            app.AttachDocument(DocumentKind.FoundersIdCards, "id.pdf", "application/pdf", 10, new string('a', 64), Guid.NewGuid().ToString("N"), at);
            app.AttachDocument(DocumentKind.ProposalPlan, "plan.pdf", "application/pdf", 10, new string('b', 64), Guid.NewGuid().ToString("N"), at);
            app.SetDeclaration(true, at);
            app.Submit(new ValidationContext(FormationRules.Default, false, true, DateOnly.FromDateTime(at)), TrackingCode.New(), at);
            db.FormationApplications.Add(app);
            created.Add(app);
        }

        await db.SaveChangesAsync();
        return created;
    }
}
