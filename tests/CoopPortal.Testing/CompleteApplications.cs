using CoopPortal.Application.Common.Files;
using CoopPortal.Application.Formation.Versions;
using CoopPortal.Domain.Formation;
using CoopPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopPortal.Testing;

/// <summary>
/// Complete formation applications (7 members, founders, two documents, declaration), submitted at a given time and
/// written straight to the database: for tests and benchmarks that start where the citizen's journey ends.
/// </summary>
public static class CompleteApplications
{
    /// <param name="storageKey">
    /// Where the bytes of its two documents (<see cref="SamplePdf"/>) are stored; without one they name nothing stored
    /// (enough for tests that never open a document).
    /// </param>
    public static FormationApplication Build(string applicantUserId, string applicantNationalCode, int provinceId, int countyId, DateTime atUtc, string? storageKey = null)
    {
        var app = FormationApplication.Start(applicantUserId, applicantNationalCode, atUtc);
        app.UpdateDetails(CooperativeDetails.Create(1, 6, 1, "تأمین کالاهای مصرفی اعضا در شهرستان", provinceId, countyId, "خیابان سعدی، پلاک ۱۲", "4515678912", "02433456789"), atUtc);
        app.SetProposedNames(["تعاونی آزمون " + Guid.NewGuid().ToString("N")[..6]], atUtc);
        for (var i = 0; i < 7; i++)
        {
            app.AddMember(new MemberDetails($"عضو {i}", "پدر", i == 0 ? applicantNationalCode : TestNationalCodes.Next(), "1365/01/01", "09121234567", 10_000_000, 4_000_000, null, null), atUtc);
        }

        app.SetFounders(app.Members.Take(3).Select(m => m.Id).ToList(), atUtc);
        app.AttachDocument(DocumentKind.FoundersIdCards, "id.pdf", "application/pdf", SamplePdf.Bytes.Length, SamplePdf.Sha256, storageKey ?? Guid.NewGuid().ToString("N"), atUtc);
        app.AttachDocument(DocumentKind.ProposalPlan, "plan.pdf", "application/pdf", SamplePdf.Bytes.Length, SamplePdf.Sha256, storageKey ?? Guid.NewGuid().ToString("N"), atUtc);
        app.SetDeclaration(true, atUtc);
        return app;
    }

    /// <summary>
    /// Builds, submits (with a fresh tracking code) and saves one application per time given, its documents stored
    /// for real when <paramref name="services"/> has a document store (the office's previews show them); applies
    /// <paramref name="then"/> before saving.
    /// </summary>
    public static async Task<List<FormationApplication>> SubmitAsync(
        IServiceProvider services, string applicantUserId, string applicantNationalCode, int provinceId, IEnumerable<DateTime> submittedAtUtc,
        Action<FormationApplication>? then = null, int? countyId = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(submittedAtUtc);
        await using var db = await services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var county = countyId ?? await db.Counties.Where(c => c.ProvinceId == provinceId).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
        // A portal's services store the documents' bytes; a bare database's (the topology test's) have no store, and
        // its documents then name nothing stored.
        var store = services.GetService<IDocumentStore>();
        var storageKey = store is null ? null : await store.SaveAsync(SamplePdf.Bytes, "application/pdf", SamplePdf.Sha256, CancellationToken.None);
        var created = new List<FormationApplication>();
        foreach (var at in submittedAtUtc)
        {
            var app = Build(applicantUserId, applicantNationalCode, provinceId, county, at, storageKey);
            app.Submit(new ValidationContext(FormationRules.Default, false, true, DateOnly.FromDateTime(at)), TrackingCode.New(), at);
            db.ApplicationVersions.Add(new ApplicationVersion(app.Id, app.SubmissionCount, at, ApplicationSnapshot.Of(app).ToJson())); // as the submission use case keeps it
            then?.Invoke(app);
            db.FormationApplications.Add(app);
            created.Add(app);
        }

        await db.SaveChangesAsync();
        return created;
    }
}
