using CoopPortal.Application.Common.Formatting;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Domain.Dormancy;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Dormancy.Escalation;

/// <summary>
/// Tells the heads of each case's office, once per case, which dormancy cases passed their deadline without a decision,
/// as overdue applications are (<see cref="Review.Escalation.EscalateOverdueHandler"/>, run by the same background
/// sweep). The mark raises <see cref="DormancyCaseEscalated"/>, whose handler writes the notifications in the same save;
/// the case's row version lets only one of two concurrent sweeps save a mark.
/// </summary>
public sealed class EscalateDormancyHandler(IAppDbContextFactory dbFactory, TimeProvider clock)
{
    public async Task<int> HandleAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = PersianFormat.LocalDate(now);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var overdue = await db.DormancyCases
            .Where(c => (c.Status == DormancyStatus.AwaitingAnswer || c.Status == DormancyStatus.Answered) && c.DeadlineOn < today && c.EscalatedAtUtc == null)
            .OrderBy(c => c.DeadlineOn)
            .Take(500)
            .ToListAsync(cancellationToken);
        foreach (var dormancyCase in overdue)
        {
            dormancyCase.MarkEscalated(today, now);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another sweep escalated some of these at the same moment; none of this sweep's marks were saved.
            return 0;
        }

        return overdue.Count;
    }
}
