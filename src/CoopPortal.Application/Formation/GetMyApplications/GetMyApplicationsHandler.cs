using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Security;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Formation.GetMyApplications;

/// <summary>"My applications": the signed-in person's own formation applications, newest first.</summary>
public sealed class GetMyApplicationsHandler(IAppDbContextFactory dbFactory, ICurrentUserService currentUser)
{
    public async Task<IReadOnlyList<MyApplicationItem>> HandleAsync(CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        if (!user.IsAuthenticated)
        {
            return [];
        }

        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var rows = await db.FormationApplications.AsNoTracking()
            .Where(a => a.ApplicantUserId == user.UserId)
            .OrderByDescending(a => a.UpdatedAtUtc)
            .Select(a => new MyApplicationItem(
                a.Id,
                a.TrackingCode,
                a.ProposedNames.OrderBy(n => n.Rank).Select(n => n.Name).FirstOrDefault(),
                a.Status,
                a.CreatedAtUtc,
                a.UpdatedAtUtc,
                a.SubmittedAtUtc))
            .ToListAsync(cancellationToken);
        return rows;
    }
}
