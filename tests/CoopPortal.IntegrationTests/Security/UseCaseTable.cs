using CoopPortal.Application.Assemblies.Common;
using CoopPortal.Application.Assemblies.DecideCandidacy;
using CoopPortal.Application.Assemblies.GetCandidacy;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Staff;
using CoopPortal.Application.Common.Time;
using CoopPortal.Application.Inspection.GetReport;
using CoopPortal.Application.Memberships.Certificate;
using CoopPortal.Application.Supervision.Compliance;
using CoopPortal.IntegrationTests.Common;
using Microsoft.Extensions.DependencyInjection;

namespace CoopPortal.IntegrationTests.Security;

/// <summary>What a use case does for a caller.</summary>
public enum Access
{
    /// <summary>Let through: it succeeded, or only the case's state or the form stopped it (a person allowed at another step).</summary>
    Y,

    /// <summary>Refused for the role (forbidden): they see the case but this step is not theirs.</summary>
    F,

    /// <summary>Not found (or not in the list): not theirs, so they are not told it exists.</summary>
    N,
}

/// <summary>A use case called as <paramref name="User"/> on <paramref name="Id"/> (the row's fresh case; empty for a shared one).</summary>
public sealed record UseCaseCall(AuthorizationWorld World, CurrentUserSnapshot User, Guid Id)
{
    public PortalDatabaseFixture.Handlers As => World.Portal.As(User);

    private ICurrentUserService Current => new PortalDatabaseFixture.FixedUser(User);

    private IServiceProvider Services => World.Portal.Factory.Services;

    private CandidacyViews CandidacyViews => new(Services.GetRequiredService<IAssemblyRulesProvider>(), Services.GetRequiredService<IStaffDirectory>(), new PortalClock(TimeProvider.System));

    public GetCandidacyHandler Candidacy => new(World.Portal.Db, Current, CandidacyViews);

    public CandidacyDecisionHandler CandidacyDecision => new(World.Portal.Db, Current, Services.GetRequiredService<IAssemblyRulesProvider>(), new PortalClock(TimeProvider.System));

    public GetInspectorReportHandler InspectorReport => new(World.Portal.Db, Current, new PortalClock(TimeProvider.System));

    public RequestMembershipCertificateHandler MembershipCertificate => new(World.Portal.Db, Current, Services.GetRequiredService<ISequenceNumbering>(),
        Services.GetRequiredService<Application.Certificates.Common.IDocumentPrintRequests>(), TimeProvider.System);

    public Application.Offices.WaitingWork.WaitingWorkQuery WaitingWork => new(World.Portal.Reads, Current, TimeProvider.System,
        Services.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<Application.Review.Escalation.ReviewOptions>>());

    /// <summary>A list read as a use case's answer: found when the list holds the item.</summary>
    public static Result Listed(bool holds) => holds ? Result.Success() : Result.NotFound();
}

/// <summary>One use case: one cell per <see cref="Caller"/> (in its order), its name, the fresh case it acts on (if any), the call.</summary>
public sealed record UseCaseRow(string Cells, string UseCase, FreshCase? Case, Func<UseCaseCall, Task<Result>> Call)
{
    public IReadOnlyList<Access> Outcomes { get; } = Cells.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<Access>).ToList();

    public Access Expected(Caller caller) => Outcomes[(int)caller];
}

/// <summary>
/// THE use case matrix (issue 20, point 6): one row per scoped use case, one column per caller, as in
/// <see cref="RouteTable"/> (an anonymous, ow the owner, oa another applicant, mg/om the manager of cooperative X and
/// of Y, in/oi their inspectors, rP/hP the Zanjan provincial office, rA/hA the county A office (the case's), rB/hB a
/// neighbouring county's, rT/hT Tehran's, HQ headquarters, ad the admin).
/// </summary>
public static class UseCaseTable
{
    public static IReadOnlyList<UseCaseRow> Rows { get; } =
    [
        //   an ow oa mg om in oi rP rA rB rT hP hA hB hT HQ ad
        new("N  Y  N  N  N  N  N  Y  Y  N  N  Y  Y  N  N  N  Y", "application: view", null, c => c.As.Get.HandleAsync(c.World.SubmittedApplication, default).AsResult()),
        new("N  N  N  N  N  N  N  Y  Y  N  N  F  F  N  N  N  N", "application: claim (review step)", FreshCase.SubmittedApplication, c => c.As.Review.ClaimAsync(c.Id, default)),
        new("N  N  N  N  N  N  N  F  F  N  N  Y  F  N  N  N  N", "application: approve (head step)", FreshCase.RecommendedApplication, c => c.As.Review.ApproveAsync(c.Id, default)), // the county head is refused: the offices' rule sends it up (ADR 0026)
        new("N  Y  N  N  N  N  N  Y  Y  N  N  Y  Y  N  N  N  Y", "founding assembly: view", null, c => c.As.GetAssembly.HandleAsync(c.World.FoundingAssembly, default).AsResult()),
        new("N  N  N  N  N  N  N  Y  Y  N  N  Y  Y  N  N  N  F", "founding assembly: confirm", FreshCase.SentFoundingAssembly, async c => await c.As.AssemblyReview.ConfirmAsync(c.Id, default)),
        new("N  N  N  Y  N  N  N  Y  Y  N  N  Y  Y  N  N  N  Y", "general assembly: view", null, c => c.As.GetGeneralAssembly.HandleAsync(c.World.GeneralAssemblyId, default).AsResult()),
        // Head steps: the county head is refused, the provincial head takes them (Offices:CountyHeadDecides 0, ADR 0026).
        new("N  N  N  N  N  N  N  F  F  N  N  Y  F  N  N  N  F", "general assembly: assign an observer", FreshCase.AnnouncedGeneralAssembly,
            c => c.As.Supervision.AssignObserverAsync(c.Id, c.World.User(Caller.ReviewerProvince).UserId!, default)),
        new("N  N  N  N  N  N  N  F  F  N  N  Y  F  N  N  N  F", "general assembly: waive supervision", FreshCase.AnnouncedGeneralAssembly,
            c => c.As.Supervision.WaiveAsync(c.Id, "مجمع سال گذشته بدون ایراد برگزار شده است.", default)),
        new("N  Y  N  Y  N  N  N  Y  Y  N  N  Y  Y  N  N  N  Y", "candidacy: view", null, c => c.Candidacy.HandleAsync(c.World.Candidacy, default).AsResult()),
        new("N  N  N  N  N  N  N  Y  Y  N  N  Y  Y  N  N  N  F", "candidacy: refuse", FreshCase.Candidacy, c => c.CandidacyDecision.RefuseAsync(c.Id, "سابقه محکومیت مؤثر کیفری دارد.", default)),
        new("N  N  N  Y  N  N  N  Y  Y  N  N  Y  Y  N  N  N  Y", "declaration: view", null, c => c.As.GetDeclaration.HandleAsync(c.World.Declaration, default).AsResult()),
        new("N  N  N  N  N  N  N  Y  Y  N  N  Y  Y  N  N  N  F", "declaration: accept", FreshCase.SentDeclaration, c => c.As.DeclarationReview.AcceptAsync(c.Id, null, default)),
        new("N  N  N  N  N  N  N  Y  Y  N  N  Y  Y  N  N  Y  Y", "compliance: cooperative Y listed", null, async c => UseCaseCall.Listed(
            (await c.As.Compliance.HandleAsync(new ComplianceFilter(Search: c.World.CooperativeYName), default)).Items.Any(i => i.CooperativeId == c.World.CooperativeY))),
        new("N  N  N  Y  N  N  N  Y  Y  N  N  Y  Y  N  N  Y  Y", "registry: cooperative X", null, c => c.As.Cooperatives.GetAsync(c.World.CooperativeX, default).AsResult()),
        // A signed report is part of the supervision record headquarters reads (InspectionAccess.CanSee: OfficeScope.CanSee).
        new("N  N  N  Y  N  Y  N  Y  Y  N  N  Y  Y  N  N  Y  Y", "inspector's report: view", null, c => c.InspectorReport.HandleAsync(c.World.InspectorReport, default).AsResult()),
        new("N  Y  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N", "membership certificate: request", null, c => c.MembershipCertificate.HandleAsync(c.World.Membership, default).AsResult()),
        new("F  F  F  F  F  F  F  F  F  F  F  Y  Y  Y  N  Y  Y", "statistics: Zanjan's", null, StatisticsOfZanjanAsync), // a county head gets their county's figures
        // County offices count and confirm their county's only (rB, hB were let through before this branch).
        new("N  N  N  N  N  N  N  Y  Y  N  N  Y  Y  N  N  N  N", "waiting work: the county's sent founding assemblies", null, async c => UseCaseCall.Listed(await c.WaitingWork.HandleAsync(default) is { Assemblies: > 0 })),
        new("N  N  N  N  N  N  N  Y  Y  N  N  Y  Y  N  N  N  N", "manager link: listed", FreshCase.PendingManagerLink, async c => UseCaseCall.Listed(
            (await c.As.ManagerLinks.PendingAsync(default)).Any(l => l.UserId == c.Id.ToString()))),
        new("N  N  N  N  N  N  N  Y  Y  N  N  Y  Y  N  N  N  N", "manager link: confirm", FreshCase.PendingManagerLink, c => c.As.ManagerLinks.ConfirmAsync(c.Id.ToString(), default)),
    ];

    /// <summary>The statistics of Zanjan, as the page asks for them: let through when the report is Zanjan's (office staff get their own province's).</summary>
    private static async Task<Result> StatisticsOfZanjanAsync(UseCaseCall c)
    {
        var report = await c.As.Dashboard.HandleAsync(PortalDatabaseFixture.Zanjan, null, default);
        return report.Succeeded ? UseCaseCall.Listed(report.Value!.ProvinceId == PortalDatabaseFixture.Zanjan) : report;
    }

    private static async Task<Result> AsResult<T>(this Task<Result<T>> call) => await call;
}
