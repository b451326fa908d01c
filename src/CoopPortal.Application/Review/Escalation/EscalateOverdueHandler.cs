using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Staff;
using CoopPortal.Domain.Formation;
using CoopPortal.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoopPortal.Application.Review.Escalation;

/// <summary>
/// Tells the heads of office of each province, once per application, which applications have waited longer than the
/// SLA without a decision. Runs periodically in the background; safe to run twice (the mark and the notification are
/// saved together).
/// </summary>
public sealed class EscalateOverdueHandler(IAppDbContextFactory dbFactory, IStaffDirectory staff, TimeProvider clock, IOptionsMonitor<ReviewOptions> options)
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

        var heads = new Dictionary<int, IReadOnlyList<string>>();
        foreach (var application in overdue)
        {
            var province = application.ProvinceId!.Value;
            if (!heads.TryGetValue(province, out var ids))
            {
                ids = await staff.HeadsOfProvinceAsync(province, cancellationToken);
                heads[province] = ids;
            }

            if (application.MarkEscalated(now))
            {
                var days = (int)(now - application.SubmittedAtUtc!.Value).TotalDays;
                db.Notifications.AddRange(ids.Select(head => new Notification(head, "درخواست دیرکرد دارد",
                    $"درخواست {application.TrackingCode} {Domain.Common.PersianNumbers.Format(days)} روز است در انتظار تصمیم مانده است.", $"review/{application.Id}", now)));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return overdue.Count;
    }
}
