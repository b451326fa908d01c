using CoopPortal.Application.Common.Formatting;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Staff;
using CoopPortal.Application.ReferenceData;
using CoopPortal.Domain.Certificates;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Formation;

namespace CoopPortal.Application.Certificates.Issue;

/// <summary>
/// Issues the formation approval certificate of an application the head of office is approving, inside the approval's
/// transaction: the next number of the province and year, a fresh verification code, and a snapshot of what it says.
/// The approved name is the first-ranked proposed name (the reviewers check names before recommending).
/// </summary>
public sealed class CertificateIssuer(ISequenceNumbering numbering, IStaffDirectory staff)
{
    public async Task<FormationCertificate> IssueAsync(IAppDbContext db, FormationApplication application, string headUserId, DateTime nowUtc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(application);
        var provinceId = application.ProvinceId ?? throw new DomainException("استان تعاونی در درخواست مشخص نیست.");
        var year = JalaliDate.YearOf(PersianFormat.LocalDate(nowUtc));
        var content = await DescribeAsync(db, application, headUserId, cancellationToken);
        var sequence = await numbering.NextAsync(db, SequenceKinds.Certificate, provinceId, year, cancellationToken);
        var certificate = FormationCertificate.Issue(application.Id, provinceId, year, sequence, VerificationCode.New(), content, headUserId, nowUtc);
        db.FormationCertificates.Add(certificate);
        return certificate;
    }

    private async Task<CertificateContent> DescribeAsync(IAppDbContext db, FormationApplication application, string headUserId, CancellationToken cancellationToken)
    {
        var reference = await DetailNames.ForAsync(db, application.Details, cancellationToken);
        var province = reference.Province ?? throw new DomainException("استان تعاونی در درخواست مشخص نیست.");
        var names = application.ProposedNames;
        var name = names.Count > 0 ? names[0].Name : throw new DomainException("درخواست نام پیشنهادی ندارد.");
        var founders = application.Members.Where(m => m.IsFounder).Select(m => new CertificateFounder(m.FullName, m.NationalCode)).ToList();
        var headName = await staff.FullNameAsync(headUserId, cancellationToken) ?? string.Empty;
        return new CertificateContent(
            name, reference.ActivityType ?? string.Empty, reference.Orientation ?? string.Empty, reference.MembershipType ?? string.Empty,
            province, reference.County ?? string.Empty, founders, application.Members.Count,
            application.Capital.Total, OfficeName(province), application.TrackingCode ?? string.Empty, headName);
    }

    public static string OfficeName(string province) => $"اداره کل تعاون، کار و رفاه اجتماعی استان {province}";
}
