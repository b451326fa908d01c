using CoopPortal.Application.Certificates.Issue;
using CoopPortal.Application.Common.Formatting;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Domain.Certificates;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Dormancy;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Dormancy.Notice;

/// <summary>
/// Issues the dormancy notice (اخطاریه رکود) of a case being opened, inside the opening's transaction
/// (<see cref="IssueNoticeOnDormancyOpen"/>): the next number of the province and year, a fresh verification code, a
/// snapshot of what it says (office, cooperative, registration number, the years owed, what must be done, the deadline,
/// the legal basis), like the certificate on approval.
/// </summary>
public sealed class DormancyNoticeIssuer(ISequenceNumbering numbering)
{
    public async Task<DormancyNotice> IssueAsync(
        IAppDbContext db, DormancyCase dormancyCase, Cooperative cooperative, string userId, DateTime nowUtc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(dormancyCase);
        ArgumentNullException.ThrowIfNull(cooperative);
        var province = await db.Provinces.AsNoTracking().Where(p => p.Id == dormancyCase.ProvinceId).Select(p => p.Name).SingleOrDefaultAsync(cancellationToken)
            ?? throw new DomainException("استان تعاونی مشخص نیست.");
        var county = dormancyCase.CountyId is { } countyId
            ? await db.Counties.AsNoTracking().Where(c => c.Id == countyId).Select(c => c.Name).SingleOrDefaultAsync(cancellationToken)
            : null;
        var answerDays = dormancyCase.DeadlineOn.DayNumber - PersianFormat.LocalDate(dormancyCase.OpenedAtUtc).DayNumber;
        var content = new DormancyNoticeContent(
            CertificateIssuer.OfficeName(province), province, county ?? string.Empty, cooperative.Name, cooperative.RegistrationNumber ?? string.Empty,
            dormancyCase.OwedYears, dormancyCase.DeadlineOn, answerDays, DormancyText.LegalBasis);
        var year = JalaliDate.YearOf(PersianFormat.LocalDate(nowUtc));
        var sequence = await numbering.NextAsync(db, SequenceKinds.DormancyNotice, dormancyCase.ProvinceId, year, cancellationToken);
        var notice = DormancyNotice.Issue(dormancyCase, year, sequence, VerificationCode.New(), content, userId, nowUtc);
        db.DormancyNotices.Add(notice);
        return notice;
    }
}
