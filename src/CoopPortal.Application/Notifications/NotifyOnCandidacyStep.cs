using CoopPortal.Application.Common.Events;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Domain.Assemblies;
using CoopPortal.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Notifications;

/// <summary>The candidate and the manager who filed the assembly are told the office's decision on a candidacy, and the manager a withdrawal.</summary>
public sealed class NotifyOnCandidacyStep : IDomainEventHandler<CandidacyStepTaken>
{
    public async Task HandleAsync(CandidacyStepTaken domainEvent, IAppDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        ArgumentNullException.ThrowIfNull(db);
        var candidacy = domainEvent.Candidacy;
        // The assembly may be saved in the same save as the step (seeded together): its tracked copy answers first.
        var manager = db.GeneralAssemblies.Local.FirstOrDefault(a => a.Id == candidacy.AssemblyId)?.FiledByUserId
            ?? await db.GeneralAssemblies.AsNoTracking().Where(a => a.Id == candidacy.AssemblyId).Select(a => a.FiledByUserId).SingleAsync(cancellationToken);
        var post = GeneralAssemblyText.Post(candidacy.Post);
        var (title, body) = domainEvent.Action switch
        {
            CandidacyAction.Approve => ("صلاحیت نامزد تأیید شد", $"صلاحیت «{candidacy.FullName}» برای «{post}» تأیید شد."),
            CandidacyAction.Refuse => ("صلاحیت نامزد تأیید نشد", $"صلاحیت «{candidacy.FullName}» برای «{post}» تأیید نشد: {candidacy.DecisionReason}"),
            _ => ("انصراف نامزد", $"«{candidacy.FullName}» از نامزدی «{post}» انصراف داد."),
        };
        var recipients = domainEvent.Action == CandidacyAction.Withdraw ? [manager] : new[] { candidacy.CandidateUserId, manager };
        foreach (var recipient in recipients.Distinct())
        {
            var link = recipient == candidacy.CandidateUserId ? $"candidacies/{candidacy.Id}" : $"general-assemblies/{candidacy.AssemblyId}";
            db.Notifications.Add(new Notification(recipient, title, body, link, domainEvent.AtUtc));
        }
    }
}
