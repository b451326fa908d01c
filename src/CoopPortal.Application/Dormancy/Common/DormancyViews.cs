using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Staff;
using CoopPortal.Application.Common.Time;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Dormancy;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Dormancy.Common;

/// <summary>Builds a <see cref="DormancyCaseView"/> for the caller (the facts read fresh from the portal's tables).</summary>
public sealed class DormancyViews(IStaffDirectory staff, PortalClock clock)
{
    public async Task<DormancyCaseView> BuildAsync(IAppDbContext db, DormancyCase dormancyCase, Cooperative cooperative, ICurrentUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(dormancyCase);
        ArgumentNullException.ThrowIfNull(cooperative);
        var facts = await RevivalFactsReader.ReadAsync(db, dormancyCase, cancellationToken);
        var notice = await db.DormancyNotices.AsNoTracking().Where(n => n.CaseId == dormancyCase.Id).Select(n => n.Number).SingleOrDefaultAsync(cancellationToken);
        var isManager = DormancyAccess.IsOwner(cooperative, user);
        var inOffice = OfficeScope.CanSee(user, dormancyCase.ProvinceId, dormancyCase.CountyId);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var history = new List<DormancyHistoryLine>();
        foreach (var line in dormancyCase.Events.Where(e => inOffice || e.IsPublic).OrderByDescending(e => e.AtUtc))
        {
            if (!names.TryGetValue(line.ActorUserId, out var name))
            {
                name = inOffice ? await staff.FullNameAsync(line.ActorUserId, cancellationToken) ?? "—" : ActorWord(line.Action);
                names[line.ActorUserId] = name;
            }

            history.Add(new DormancyHistoryLine(line.AtUtc, line.Action, line.FromStatus, line.ToStatus, line.Comment, name));
        }

        return new DormancyCaseView(
            dormancyCase.Id, cooperative.Id, cooperative.Name, cooperative.RegistrationNumber, dormancyCase.Status, cooperative.Status,
            dormancyCase.OwedYears, dormancyCase.OpenedAtUtc, dormancyCase.DeadlineOn, dormancyCase.DeadlinePassed(clock.Today),
            dormancyCase.Answer, dormancyCase.AnswerText, dormancyCase.AnsweredAtUtc, dormancyCase.Ground, dormancyCase.DecisionText,
            dormancyCase.DecidedAtUtc, dormancyCase.EscalatedAtUtc, RevivalRules.Assess(facts), history, notice, isManager,
            DormancyAccess.Decisions(dormancyCase, cooperative, user));
    }

    private static string ActorWord(DormancyAction action) => action == DormancyAction.Answer ? "مدیران تعاونی" : "اداره کل تعاون";
}
