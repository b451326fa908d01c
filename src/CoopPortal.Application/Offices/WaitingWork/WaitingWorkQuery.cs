using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Review.Escalation;
using CoopPortal.Domain.Formation;
using CoopPortal.Domain.Registry;
using CoopPortal.Domain.Supervision;
using CoopPortal.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoopPortal.Application.Offices.WaitingWork;

/// <summary>
/// Counts the work waiting in the caller's own office (<see cref="OfficeScope"/>: a county office's in its county, a
/// provincial office's in its province): null for anyone who is not a reviewer or head of office of a province (an
/// admin has the national statistics instead). Read from the replica when there is one.
/// </summary>
public sealed class WaitingWorkQuery(IReadOnlyDbContextFactory reads, ICurrentUserService currentUser, TimeProvider clock, IOptionsMonitor<ReviewOptions> options)
{
    private static readonly ApplicationStatus[] Open =
    [
        ApplicationStatus.Submitted, ApplicationStatus.UnderReview, ApplicationStatus.ReturnedForCorrection,
        ApplicationStatus.Resubmitted, ApplicationStatus.RecommendedForApproval,
    ];

    public async Task<WaitingWork?> HandleAsync(CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        if (user.ProvinceId is not { } province || !(user.IsInRole(Roles.Reviewer) || user.IsInRole(Roles.HeadOfOffice)))
        {
            return null;
        }

        var overdueBefore = clock.GetUtcNow().UtcDateTime.AddDays(-options.CurrentValue.SlaDays);
        var me = user.UserId;
        var office = OfficeScope.FilterFor(user);
        return await reads.ReadAsync(async db =>
        {
            var applications = office.Apply(db.FormationApplications.AsNoTracking(), a => a.Details.ProvinceId, a => a.Details.CountyId);
            return new WaitingWork(
                province,
                await applications.CountAsync(a => a.Status == ApplicationStatus.Submitted || a.Status == ApplicationStatus.Resubmitted, cancellationToken),
                await applications.CountAsync(a => a.Status == ApplicationStatus.UnderReview && a.ClaimedByUserId == me, cancellationToken),
                await applications.CountAsync(a => a.Status == ApplicationStatus.RecommendedForApproval, cancellationToken),
                await applications.CountAsync(a => Open.Contains(a.Status) && a.SubmittedAtUtc < overdueBefore, cancellationToken),
                await office.Apply(db.FoundingAssemblies.AsNoTracking(), a => a.ProvinceId, a => a.CountyId).CountAsync(a => a.Status == AssemblyStatus.Submitted, cancellationToken),
                await office.Apply(db.SelfDeclarations.AsNoTracking(), d => d.ProvinceId, d => d.CountyId).CountAsync(
                    d => (d.Status == DeclarationStatus.Submitted || d.Status == DeclarationStatus.Resubmitted
                        || d.Status == DeclarationStatus.InspectionPlanned || d.Status == DeclarationStatus.Inspected), cancellationToken));
        }, cancellationToken);
    }
}
