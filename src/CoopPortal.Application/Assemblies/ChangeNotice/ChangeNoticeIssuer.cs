using CoopPortal.Application.Certificates.Common;
using CoopPortal.Application.Certificates.Issue;
using CoopPortal.Application.Common.Formatting;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Staff;
using CoopPortal.Domain.Assemblies;
using CoopPortal.Domain.Certificates;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Cooperatives;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Assemblies.ChangeNotice;

/// <summary>
/// Issues the registry-change notice (آگهی تغییرات) of an assembly whose minutes the office is confirming, inside the
/// confirmation's transaction and before the change is applied (the notice states the old values and the officers
/// replaced): the next number of the province and year (inside the caller's transaction), a fresh verification code, a
/// snapshot of what it says. Like the certificate on approval, it is handed to the background printer once committed
/// (<see cref="Print"/>). An assembly that changed nothing in the registry gets no notice.
/// </summary>
public sealed class ChangeNoticeIssuer(ISequenceNumbering numbering, IStaffDirectory staff, IDocumentPrintRequests printRequests)
{
    public async Task<RegistryChangeNotice?> IssueAsync(
        IAppDbContext db, GeneralAssembly assembly, Cooperative cooperative, RegistryChange change, string reviewerUserId, DateTime nowUtc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(assembly);
        ArgumentNullException.ThrowIfNull(change);
        if (change.IsEmpty)
        {
            return null;
        }

        var province = await db.Provinces.AsNoTracking().Where(p => p.Id == assembly.ProvinceId).Select(p => p.Name).SingleOrDefaultAsync(cancellationToken)
            ?? throw new DomainException("استان تعاونی مشخص نیست.");
        var county = assembly.CountyId is { } countyId
            ? await db.Counties.AsNoTracking().Where(c => c.Id == countyId).Select(c => c.Name).SingleOrDefaultAsync(cancellationToken)
            : null;
        var reviewerName = await staff.FullNameAsync(reviewerUserId, cancellationToken) ?? string.Empty;
        var content = RegistryChangeNoticeContent.Describe(
            cooperative, change, assembly.Notice.Kind, new NoticePlace(province, county ?? string.Empty, CertificateIssuer.OfficeName(province)), reviewerName);
        var year = JalaliDate.YearOf(PersianFormat.LocalDate(nowUtc));
        var sequence = await numbering.NextAsync(db, SequenceKinds.RegistryChangeNotice, assembly.ProvinceId, year, cancellationToken);
        var notice = RegistryChangeNotice.Issue(assembly, year, sequence, VerificationCode.New(), content, reviewerUserId, nowUtc);
        db.RegistryChangeNotices.Add(notice);
        return notice;
    }

    /// <summary>Hands an issued notice to the background printer; call it once the confirmation has committed.</summary>
    public void Print(RegistryChangeNotice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        printRequests.Enqueue(notice.Kind, notice.Id);
    }
}
