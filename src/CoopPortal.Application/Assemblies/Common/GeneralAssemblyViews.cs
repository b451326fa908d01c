using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Staff;
using CoopPortal.Application.Common.Time;
using CoopPortal.Application.Registry.Common;
using CoopPortal.Domain.Assemblies;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Assemblies.Common;

/// <summary>Builds the <see cref="GeneralAssemblyView"/> of an assembly for the caller.</summary>
public sealed class GeneralAssemblyViews(IAssemblyRulesProvider rules, IStaffDirectory staff, PortalClock clock)
{
    public async Task<GeneralAssemblyView> BuildAsync(IAppDbContext db, GeneralAssembly assembly, Cooperative cooperative, ICurrentUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        ArgumentNullException.ThrowIfNull(cooperative);
        var isManager = GeneralAssemblyAccess.IsManager(cooperative, user);
        var current = rules.Current;
        var history = new List<CaseEventView>();
        foreach (var e in assembly.Events.Where(e => e.IsPublic || !isManager))
        {
            var actor = e.ActorUserId == assembly.FiledByUserId ? null : await staff.FullNameAsync(e.ActorUserId, cancellationToken);
            history.Add(new CaseEventView(e.AtUtc, GeneralAssemblyText.ActionTitle(e.Action), GeneralAssemblyText.Title(e.ToStatus), e.Comment, actor));
        }

        IReadOnlyList<FieldProblem> problems = isManager && assembly.IsNoticeEditable
            ? NoticeRules.Validate(assembly.Notice, assembly.Agenda, clock.Today, current)
            : [];
        var requiredBecause = assembly.Status is GeneralAssemblyStatus.Draft or GeneralAssemblyStatus.Announced
            ? await SupervisionPolicy.RequiredBecauseAsync(db, assembly, current, cancellationToken)
            : [];
        var noticeNumber = assembly.Status == GeneralAssemblyStatus.Confirmed
            ? await db.RegistryChangeNotices.AsNoTracking().Where(n => n.AssemblyId == assembly.Id).Select(n => n.Number).SingleOrDefaultAsync(cancellationToken)
            : null;
        return new GeneralAssemblyView(
            assembly.Id, assembly.CooperativeId, assembly.CooperativeName, cooperative.RegistrationNumber, assembly.ProvinceId, assembly.Status,
            assembly.Notice, assembly.Agenda, assembly.PublishedOn, assembly.ObserverName, assembly.SupervisionWaiverReason, requiredBecause,
            assembly.Attendance, assembly.Resolutions, assembly.Elected, assembly.Files, assembly.ObserverFindings, assembly.ReturnComment,
            history, problems, isManager, GeneralAssemblyAccess.IsObserver(assembly, user),
            GeneralAssemblyAccess.Actions(assembly, cooperative, user), noticeNumber)
        {
            Dissolution = assembly.Dissolution,
        };
    }
}
