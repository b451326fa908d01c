using CoopPortal.Application.Certificates.Issue;
using CoopPortal.Domain.Certificates;
using CoopPortal.Infrastructure.Persistence;
using CoopPortal.Infrastructure.Seeding;
using CoopPortal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopPortal.Bench;

/// <summary>
/// For bench/topology-load.sh: an approved application of the demo citizen with its certificate, written straight into
/// the database of a running cluster (its primary), so the public verification page has a real certificate to show.
/// Prints the verification code.
/// </summary>
internal static class TopologyCertificate
{
    public static async Task<string> CreateAsync(string connectionString)
    {
        await using var services = new ServiceCollection()
            .AddDbContextFactory<AppDbContext>(options => options.UseNpgsql(connectionString))
            .BuildServiceProvider();
        await using var db = await services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        string IdOf(string role)
        {
            var nationalCode = DemoAccounts.All.Single(a => a.Role == role).NationalCode;
            return db.Users.Where(u => u.NationalCode == nationalCode).Select(u => u.Id).Single();
        }

        var (applicant, reviewer, head) = (IdOf("Applicant"), IdOf("Reviewer"), IdOf("HeadOfOffice"));
        var now = DateTime.UtcNow;
        var application = (await CompleteApplications.SubmitAsync(services, applicant, DemoAccounts.All.Single(a => a.Role == "Applicant").NationalCode, DemoAccounts.ZanjanProvinceId, [now], a =>
        {
            a.Claim(reviewer, now);
            a.Recommend(reviewer, null, now);
            a.Approve(head, now);
        })).Single();
        var founders = application.Members.Where(m => m.IsFounder).Select(m => new CertificateFounder(m.FullName, m.NationalCode)).ToList();
        var content = new CertificateContent(application.ProposedNames[0].Name, "تولیدی", "تأمین نیاز مصرف‌کنندگان", "عام", "زنجان", "زنجان",
            founders, application.Members.Count, application.Capital.Total, CertificateIssuer.OfficeName("زنجان"), application.TrackingCode!, "مدیر نمونه");
        // A sequence far above what the portal hands out, so the bench never takes a number the portal will issue.
        var certificate = FormationCertificate.Issue(application.Id, DemoAccounts.ZanjanProvinceId, 1405, 90_000 + Random.Shared.Next(9_999), VerificationCode.New(), content, head, now);
        db.FormationCertificates.Add(certificate);
        await db.SaveChangesAsync();
        return certificate.VerificationCode;
    }
}
