using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Time;
using CoopPortal.Application.Formation.Common;
using CoopPortal.Application.Formation.EditDraft;
using CoopPortal.Application.Formation.GetApplication;
using CoopPortal.Application.Formation.StartApplication;
using CoopPortal.Domain.Users;
using CoopPortal.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CoopPortal.Bench;

/// <summary>
/// A portal whose SQL is counted (<see cref="SqlCapture"/>), an applicant, and a new formation draft of theirs with the
/// handlers its pages use: what <see cref="FieldChangeBench"/> and <see cref="SectionChangeBench"/> both start from.
/// </summary>
internal sealed class BenchDraft : IDisposable
{
    private readonly CapturingPortalFactory _factory;

    private BenchDraft(CapturingPortalFactory factory, SqlCapture capture) => (_factory, Capture) = (factory, capture);

    public SqlCapture Capture { get; }

    public IServiceProvider Services => _factory.Services;

    public FixedUser User { get; private set; } = default!;

    public IAppDbContextFactory Db { get; private set; } = default!;

    public FormationContext Context { get; private set; } = default!;

    public Guid Id { get; private set; }

    public EditDraftHandler Edit { get; private set; } = default!;

    public GetApplicationHandler Get { get; private set; } = default!;

    public static async Task<BenchDraft> StartAsync()
    {
        var capture = new SqlCapture();
        var draft = new BenchDraft(new CapturingPortalFactory(capture, new Dictionary<string, string?> { ["Review:EscalationIntervalMinutes"] = "43200" }), capture);
        var services = draft.Services;
        var nationalCode = TestNationalCodes.Next();
        var account = await TestAccounts.CreateAsync(services, nationalCode, "متقاضی سنجش", Roles.Applicant, null, "CoopPortal-Bench-1405");
        draft.User = new FixedUser(new CurrentUserSnapshot(account.Id, new HashSet<string> { Roles.Applicant }, null) { NationalCode = nationalCode });
        draft.Db = services.GetRequiredService<IAppDbContextFactory>();
        draft.Context = new FormationContext(services.GetRequiredService<IFormationRulesProvider>(), new PortalClock(TimeProvider.System));
        draft.Id = (await new StartApplicationHandler(draft.Db, draft.User, draft.Context).HandleAsync(default)).Value;
        draft.Edit = new EditDraftHandler(draft.Db, draft.User, draft.Context);
        draft.Get = new GetApplicationHandler(draft.Db, draft.User, draft.Context);
        return draft;
    }

    public void Dispose() => _factory.Dispose();
}
