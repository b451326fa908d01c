using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Domain.Formation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoopPortal.Application.Review.Escalation;

/// <summary>
/// Tells the heads of office of each province, once per application, which applications have waited longer than the
/// SLA without a decision. Runs periodically in the background; safe to run twice, even at once on two instances: the
/// mark and the notification, written by the mark's domain event, are saved together, and the application's row
/// version lets only one of two concurrent sweeps save a mark (the other saves nothing and its rest waits for the next run).
/// </summary>
public sealed class EscalateOverdueHandler(IAppDbContextFactory dbFactory, TimeProvider clock, IOptionsMonitor<ReviewOptions> options)
{
    private static readonly ApplicationStatus[] Waiting =
        [ApplicationStatus.Submitted, ApplicationStatus.UnderReview, ApplicationStatus.Resubmitted, ApplicationStatus.RecommendedForApproval];

    public async Task<int> HandleAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var overdueBefore = now.AddDays(-options.CurrentValue.SlaDays);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var overdue = await db.FormationApplications
            .Where(a => Waiting.Contains(a.Status) && a.SubmittedAtUtc < overdueBefore && a.EscalatedAtUtc == null && a.Details.ProvinceId != null)
            .OrderBy(a => a.SubmittedAtUtc)
            .Take(500)
            .ToListAsync(cancellationToken);

        foreach (var application in overdue)
        {
            // The mark raises ApplicationEscalated; NotifyHeadsOnEscalation tells the heads in this same save.
            application.MarkEscalated(now);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another sweep escalated some of these at the same moment; none of this sweep's marks or notifications were saved.
            return 0;
        }

        return overdue.Count;
    }
}
