using CoopPortal.Application.Certificates.Common;
using CoopPortal.Application.Common.Events;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Domain.Dormancy;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Dormancy.Notice;

/// <summary>
/// When a dormancy case opens, its notice is issued in the opening's own transaction (numbered without gaps: a failed
/// opening takes no number) and handed to the background printer once committed, as the certificate on approval is.
/// </summary>
public sealed class IssueNoticeOnDormancyOpen(DormancyNoticeIssuer issuer, IDocumentPrintRequests printRequests) : IDomainEventHandler<DormancyStepTaken>
{
    public async Task HandleAsync(DormancyStepTaken domainEvent, IAppDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        ArgumentNullException.ThrowIfNull(db);
        if (domainEvent.Action != DormancyAction.Open)
        {
            return;
        }

        var dormancyCase = domainEvent.Case;
        var cooperative = db.Cooperatives.Local.FirstOrDefault(c => c.Id == dormancyCase.CooperativeId)
            ?? await db.Cooperatives.AsNoTracking().SingleAsync(c => c.Id == dormancyCase.CooperativeId, cancellationToken);
        var notice = await issuer.IssueAsync(db, dormancyCase, cooperative, domainEvent.ActorUserId, domainEvent.AtUtc, cancellationToken);
        db.AfterCommit(() => printRequests.Enqueue(notice.Kind, notice.Id));
    }
}
