using CoopPortal.Application.Certificates.Common;
using CoopPortal.Application.Common.Events;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Domain.Formation;

namespace CoopPortal.Application.Certificates.Issue;

/// <summary>
/// When the head of office approves an application, its certificate is issued in the approval's own transaction
/// (numbered without gaps: a failed approval takes no number), and handed to the background printer once committed.
/// </summary>
public sealed class IssueCertificateOnApproval(CertificateIssuer issuer, IDocumentPrintRequests printRequests) : IDomainEventHandler<ApplicationStepTaken>
{
    public async Task HandleAsync(ApplicationStepTaken domainEvent, IAppDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        ArgumentNullException.ThrowIfNull(db);
        if (domainEvent.Action != WorkflowAction.Approve)
        {
            return;
        }

        var certificate = await issuer.IssueAsync(db, domainEvent.Application, domainEvent.ActorUserId, domainEvent.AtUtc, cancellationToken);
        db.AfterCommit(() => printRequests.Enqueue(certificate.Kind, certificate.Id));
    }
}
