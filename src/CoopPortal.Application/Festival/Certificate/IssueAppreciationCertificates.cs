using CoopPortal.Application.Certificates.Common;
using CoopPortal.Application.Certificates.Issue;
using CoopPortal.Application.Common.Events;
using CoopPortal.Application.Common.Formatting;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Staff;
using CoopPortal.Domain.Certificates;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Festival;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Festival.Certificate;

/// <summary>
/// When the head confirms a festival's winners, each winner's certificate of appreciation is issued in the
/// confirmation's own transaction (numbered without gaps per province and year: a failed confirmation takes no number;
/// one per winner, unique in the database), and handed to the background printer once committed.
/// </summary>
public sealed class IssueAppreciationCertificates(ISequenceNumbering numbering, IStaffDirectory staff, IDocumentPrintRequests printRequests) : IDomainEventHandler<FestivalStepTaken>
{
    public async Task HandleAsync(FestivalStepTaken domainEvent, IAppDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        ArgumentNullException.ThrowIfNull(db);
        if (domainEvent.Action != FestivalAction.ConfirmWinners)
        {
            return;
        }

        var festival = domainEvent.Festival;
        var province = await db.Provinces.Where(p => p.Id == festival.ProvinceId).Select(p => p.Name).SingleAsync(cancellationToken);
        var head = await staff.FullNameAsync(domainEvent.ActorUserId, cancellationToken) ?? string.Empty;
        var year = JalaliDate.YearOf(PersianFormat.LocalDate(domainEvent.AtUtc));
        var issued = new List<AppreciationCertificate>();
        foreach (var winner in festival.Winners.OrderBy(w => w.Orientation, StringComparer.Ordinal).ThenBy(w => w.Rank))
        {
            var content = new AppreciationCertificateContent(
                festival.FiscalYear, province, winner.CooperativeName, winner.RegistrationNumber, winner.Orientation, winner.County,
                winner.Rank, winner.Total, winner.Maximum, head, CertificateIssuer.OfficeName(province), PersianFormat.LocalDate(domainEvent.AtUtc));
            var sequence = await numbering.NextAsync(db, SequenceKinds.AppreciationCertificate, festival.ProvinceId, year, cancellationToken);
            var certificate = AppreciationCertificate.Issue(festival, winner, year, sequence, VerificationCode.New(), content, domainEvent.ActorUserId, domainEvent.AtUtc);
            db.AppreciationCertificates.Add(certificate);
            issued.Add(certificate);
        }

        db.AfterCommit(() =>
        {
            foreach (var certificate in issued)
            {
                printRequests.Enqueue(certificate.Kind, certificate.Id);
            }
        });
    }
}
