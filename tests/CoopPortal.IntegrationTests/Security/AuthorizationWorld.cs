using System.Collections.Concurrent;
using CoopPortal.Application.Assemblies.CandidacyFiles;
using CoopPortal.Application.Assemblies.RegisterCandidacy;
using CoopPortal.Application.Common.Documents;
using CoopPortal.Application.Common.Formatting;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Staff;
using CoopPortal.Application.Common.Time;
using CoopPortal.Application.Inspection.SaveReport;
using CoopPortal.Application.Inspection.StartReport;
using CoopPortal.Application.Inspection.SubmitReport;
using CoopPortal.Application.Memberships.Certificate;
using CoopPortal.Domain.Assemblies;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Inspection;
using CoopPortal.Domain.Registry;
using CoopPortal.Domain.Users;
using CoopPortal.Infrastructure.Persistence;
using CoopPortal.IntegrationTests.Common;
using CoopPortal.IntegrationTests.Supervision;
using CoopPortal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopPortal.IntegrationTests.Security;

/// <summary>
/// A portal of its own with, in the county of Zanjan: a submitted application and an approved one with a sent founding
/// assembly (the <see cref="Caller.Owner"/>'s), cooperative X (managed by <see cref="Caller.Manager"/>, inspected by
/// <see cref="Caller.Inspector"/>, the owner a member) with a sent declaration, a sent inspector's report, an announced
/// general assembly and the owner's candidacy for its board; cooperative Y the same county's, of the "other" manager and
/// inspector. Accounts of every caller, read as the portal reads them (derived roles included), and signed-in clients.
/// </summary>
public sealed partial class AuthorizationWorld : IAsyncLifetime
{
    /// <summary>The day the candidacy was filed on (the election's window): 1405/03/11.</summary>
    private static readonly TimeProvider FilingClock = new PortalDatabaseFixture.FixedClock(new DateTimeOffset(2026, 6, 1, 8, 0, 0, TimeSpan.Zero));

    private readonly ConcurrentDictionary<Caller, Task<FormClient>> _clients = new();
    private readonly Dictionary<Caller, CurrentUserSnapshot> _users = [];

    public PortalDatabaseFixture Portal { get; } = new();

    public int CountyA => Portal.ZanjanCountyId;

    public int CountyB { get; private set; }

    public Guid SubmittedApplication { get; private set; }

    public Guid ApplicationDocument { get; private set; }

    public Guid ApprovedApplication { get; private set; }

    public Guid FoundingAssembly { get; private set; }

    public Guid FoundingAssemblyFile { get; private set; }

    public Guid CooperativeX { get; private set; }

    public Guid CooperativeY { get; private set; }

    /// <summary>Cooperative Y's name: it has declared nothing, so it is on the compliance list of whoever may see it.</summary>
    public string CooperativeYName { get; private set; } = string.Empty;

    public Guid Declaration { get; private set; }

    public Guid DeclarationFile { get; private set; }

    public Guid InspectorReport { get; private set; }

    public Guid GeneralAssemblyId { get; private set; }

    public Guid Candidacy { get; private set; }

    public Guid CandidacyFile { get; private set; }

    public Guid Membership { get; private set; }

    public string OwnerUserId => _users[Caller.Owner].UserId!;

    /// <summary>The caller as the use cases see them (anonymous for <see cref="Caller.Anonymous"/>).</summary>
    public CurrentUserSnapshot User(Caller caller) => caller == Caller.Anonymous ? CurrentUserSnapshot.Anonymous : _users[caller];

    /// <summary>An HTTP client signed in as the caller (not signed in for <see cref="Caller.Anonymous"/>), made once.</summary>
    public Task<FormClient> ClientAsync(Caller caller) => _clients.GetOrAdd(caller, c => c == Caller.Anonymous
        ? Task.FromResult(Portal.NewClient())
        : Portal.SignedInClientAsync(_users[c]));

    public async Task InitializeAsync()
    {
        await Portal.InitializeAsync();
        await using (var db = await DbAsync())
        {
            CountyB = await db.Counties.Where(c => c.ProvinceId == PortalDatabaseFixture.Zanjan && c.Id != CountyA).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
        }

        await StaffAsync();
        var owner = await Portal.NewUserAsync();
        var manager = await Portal.NewUserAsync();
        var otherManager = await Portal.NewUserAsync();
        var inspector = await Portal.NewUserAsync();
        var otherInspector = await Portal.NewUserAsync();
        _users[Caller.OtherApplicant] = await Portal.NewUserAsync();

        await ApplicationsAsync(owner);
        CooperativeX = await CooperativeAsync("ایکس", manager, inspector);
        CooperativeY = await CooperativeAsync("ایگرگ", otherManager, otherInspector);
        await using (var db = await DbAsync())
        {
            CooperativeYName = await db.Cooperatives.Where(c => c.Id == CooperativeY).Select(c => c.Name).SingleAsync();
        }

        foreach (var (caller, user) in new[] { (Caller.Owner, owner), (Caller.Manager, manager), (Caller.OtherManager, otherManager), (Caller.Inspector, inspector), (Caller.OtherInspector, otherInspector) })
        {
            _users[caller] = await Portal.ReadUserAsync(user.UserId!);
        }

        Assert.Contains(Roles.CooperativeManager, _users[Caller.Manager].Roles);
        Assert.Contains(Roles.Inspector, _users[Caller.Inspector].Roles);
        await MembershipAsync();
        await DeclarationAsync();
        await InspectorReportAsync();
        await GeneralAssemblyAsync();
        await LifecycleAsync();
    }

    public Task DisposeAsync() => Portal.DisposeAsync();

    private Task<AppDbContext> DbAsync() => Portal.Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();

    private static DateOnly J(string jalali) => JalaliDate.Parse(jalali)!.Value;

    private static DateOnly Today => PersianFormat.LocalDate(DateTime.UtcNow);

    private async Task StaffAsync()
    {
        var staff = new (Caller Caller, string Role, int? Province, bool InCountyA, bool InCountyB)[]
        {
            (Caller.ReviewerProvince, Roles.Reviewer, PortalDatabaseFixture.Zanjan, false, false),
            (Caller.ReviewerCountyA, Roles.Reviewer, PortalDatabaseFixture.Zanjan, true, false),
            (Caller.ReviewerCountyB, Roles.Reviewer, PortalDatabaseFixture.Zanjan, false, true),
            (Caller.ReviewerTehran, Roles.Reviewer, PortalDatabaseFixture.Tehran, false, false),
            (Caller.HeadProvince, Roles.HeadOfOffice, PortalDatabaseFixture.Zanjan, false, false),
            (Caller.HeadCountyA, Roles.HeadOfOffice, PortalDatabaseFixture.Zanjan, true, false),
            (Caller.HeadCountyB, Roles.HeadOfOffice, PortalDatabaseFixture.Zanjan, false, true),
            (Caller.HeadTehran, Roles.HeadOfOffice, PortalDatabaseFixture.Tehran, false, false),
            (Caller.Headquarters, Roles.Headquarters, null, false, false),
            (Caller.Admin, Roles.Admin, null, false, false),
        };
        foreach (var (caller, role, province, inA, inB) in staff)
        {
            var user = await Portal.NewUserAsync(role, province);
            if (inA || inB)
            {
                var county = inA ? CountyA : CountyB;
                await using var db = await DbAsync();
                await db.Users.Where(u => u.Id == user.UserId).ExecuteUpdateAsync(s => s.SetProperty(u => u.CountyId, county));
            }

            var read = await Portal.ReadUserAsync(user.UserId!);
            _users[caller] = read with { NationalCode = user.NationalCode };
        }
    }

    /// <summary>A submitted application (with a document) and an approved one whose founding assembly is sent, both of the county of Zanjan.</summary>
    private async Task ApplicationsAsync(CurrentUserSnapshot owner)
    {
        SubmittedApplication = await SubmittedApplicationAsync(owner);
        ApplicationDocument = (await Portal.As(owner).Get.HandleAsync(SubmittedApplication, default)).Value!.Application.Documents[0].Id;
        (ApprovedApplication, FoundingAssembly) = await SentFoundingAssemblyAsync(owner);
        await using var db = await DbAsync();
        FoundingAssemblyFile = (await db.FoundingAssemblies.AsNoTracking().SingleAsync(a => a.Id == FoundingAssembly)).Files[0].Id;
    }

    private async Task<Guid> SubmittedApplicationAsync(CurrentUserSnapshot owner)
    {
        var id = await Portal.CompleteApplicationAsync(owner);
        Assert.True((await Portal.As(owner).Submit.HandleAsync(id, default)).Succeeded);
        return id;
    }

    /// <summary>An approved application of the county of Zanjan and its founding assembly, filled in and sent.</summary>
    private async Task<(Guid Application, Guid Assembly)> SentFoundingAssemblyAsync(CurrentUserSnapshot owner)
    {
        var applicant = Portal.As(owner);
        var application = await Portal.ApprovedApplicationAsync(owner);
        var assembly = (await applicant.StartAssembly.HandleAsync(application, default)).Value;
        var view = (await applicant.GetAssembly.HandleAsync(assembly, default)).Value!;
        var members = view.Members.ToList();
        var officers = new List<OfficerEntry>
        {
            new(OfficerRole.BoardMember, members[0].Value, members[0].Key),
            new(OfficerRole.BoardMember, members[1].Value, members[1].Key),
            new(OfficerRole.BoardMember, members[2].Value, members[2].Key),
            new(OfficerRole.AlternateBoardMember, members[3].Value, members[3].Key),
            new(OfficerRole.Inspector, members[4].Value, members[4].Key),
            new(OfficerRole.Ceo, members[0].Value, members[0].Key),
        };
        var today = PersianDigits.ToPersian(JalaliDate.Format(Today));
        var saved = await applicant.SaveAssembly.HandleAsync(assembly, new Application.Registry.Common.AssemblyForm(today, view.SubscribedCapital / 2, null, officers), default);
        Assert.True(saved.Succeeded, saved.Message);
        foreach (var kind in Enum.GetValues<AssemblyFileKind>())
        {
            using var stream = new MemoryStream(PortalDatabaseFixture.SmallPdf);
            var uploaded = await applicant.UploadAssemblyFile.HandleAsync(assembly, kind, kind + ".pdf", PortalDatabaseFixture.SmallPdf.Length, stream, default);
            Assert.True(uploaded.Succeeded, uploaded.Message);
        }

        var sent = await applicant.SubmitAssembly.HandleAsync(assembly, default);
        Assert.True(sent.Succeeded, sent.Message);
        return (application, assembly);
    }

    /// <summary>An imported cooperative of the county of Zanjan, its manager and its inspector (term covering today) with proven codes.</summary>
    private async Task<Guid> CooperativeAsync(string name, CurrentUserSnapshot manager, CurrentUserSnapshot inspector)
    {
        var cooperative = Cooperative.Import(new ImportedCooperative(
            "تعاونی ماتریس " + name + " " + Guid.NewGuid().ToString("N")[..6], TestNumbers.RegistrationNumber(), J("1400/01/15"), null,
            PortalDatabaseFixture.Zanjan, CountyA, null, 30, 900_000_000, manager.NationalCode!, "مدیر آزمون", null), DateTime.UtcNow);
        cooperative.ReplaceOfficers([new OfficerEntry(OfficerRole.Inspector, "بازرس آزمون", inspector.NationalCode!, Today.AddDays(-60), Today.AddDays(300))]);
        await using var db = await DbAsync();
        db.Cooperatives.Add(cooperative);
        await db.SaveChangesAsync();
        return cooperative.Id;
    }

    /// <summary>The owner is a member of cooperative X, with a membership certificate issued.</summary>
    private async Task MembershipAsync()
    {
        var owner = _users[Caller.Owner];
        await using (var db = await DbAsync())
        {
            var member = new CooperativeMember(CooperativeX, owner.NationalCode!, "عضو آزمون", 2_500_000, J("1399/04/15"), MembershipSource.Import, DateTime.UtcNow);
            db.CooperativeMembers.Add(member);
            await db.SaveChangesAsync();
            Membership = member.Id;
        }

        var services = Portal.Factory.Services;
        var request = new RequestMembershipCertificateHandler(Portal.Db, new PortalDatabaseFixture.FixedUser(owner), services.GetRequiredService<ISequenceNumbering>(),
            services.GetRequiredService<Application.Certificates.Common.IDocumentPrintRequests>(), TimeProvider.System);
        var issued = await request.HandleAsync(Membership, default);
        Assert.True(issued.Succeeded, issued.Message);
    }

    private async Task DeclarationAsync()
    {
        var manager = Portal.As(_users[Caller.Manager]);
        Declaration = await DeclarationFiling.FileAsync(manager, CooperativeX, 1404, DeclarationFiling.Content());
        DeclarationFile = (await manager.GetDeclaration.HandleAsync(Declaration, default)).Value!.Files[0].Id;
    }

    private async Task InspectorReportAsync()
    {
        var current = new PortalDatabaseFixture.FixedUser(_users[Caller.Inspector]);
        var clock = new PortalClock(TimeProvider.System);
        var started = await new StartInspectorReportHandler(Portal.Db, current, clock).HandleAsync(CooperativeX, default);
        Assert.True(started.Succeeded, started.Message);
        InspectorReport = started.Value;
        var form = new InspectorReportForm(
            true, null, "5,000,000,000", "2,000,000,000", "3,000,000,000", "150,000,000", null, true, null, true, null,
            ["موجودی انبار در پایان سال شمارش نشده است."], InspectorOpinion.Qualified, "محدودیت رسیدگی به موجودی انبار.");
        Assert.True((await new SaveInspectorReportHandler(Portal.Db, current, clock).HandleAsync(InspectorReport, form, default)).Succeeded);
        var submitted = await new SubmitInspectorReportHandler(Portal.Db, current, clock).HandleAsync(InspectorReport, default);
        Assert.True(submitted.Succeeded, submitted.Message);
    }

    private async Task GeneralAssemblyAsync()
    {
        GeneralAssemblyId = await AnnouncedGeneralAssemblyAsync();
        Candidacy = await CandidacyAsync(GeneralAssemblyId);
        var owner = new PortalDatabaseFixture.FixedUser(_users[Caller.Owner]);
        using var stream = new MemoryStream(PortalDatabaseFixture.SmallPdf);
        var uploaded = await new UploadCandidacyFileHandler(Portal.Db, owner, Portal.As(_users[Caller.Owner]).Files, new PortalClock(FilingClock))
            .HandleAsync(Candidacy, CandidateFileKind.IdCard, "کارت ملی.pdf", PortalDatabaseFixture.SmallPdf.Length, stream, default);
        Assert.True(uploaded.Succeeded, uploaded.Message);
        CandidacyFile = uploaded.Value;
    }

    /// <summary>An ordinary assembly of cooperative X that elects the board, announced in its window (1405/03/11).</summary>
    private async Task<Guid> AnnouncedGeneralAssemblyAsync()
    {
        var now = FilingClock.GetUtcNow().UtcDateTime;
        await using var db = await DbAsync();
        var cooperative = await db.Cooperatives.SingleAsync(c => c.Id == CooperativeX);
        var assembly = Domain.Assemblies.GeneralAssembly.Start(cooperative, _users[Caller.Manager].UserId!, GeneralAssemblyKind.Ordinary, now);
        assembly.EditNotice(new AssemblyNotice(GeneralAssemblyKind.Ordinary, J("1405/03/30"), new TimeOnly(17, 0), "زنجان، سالن اجتماعات تعاونی", null,
            "از همه اعضای محترم دعوت می‌شود در مجمع عمومی عادی سالانه حاضر شوند."), now);
        assembly.SetAgenda([new AgendaItem(AgendaItemKind.ApproveFinancialStatements), new AgendaItem(AgendaItemKind.ElectBoard)], now);
        assembly.Announce(J("1405/03/11"), AssemblyRules.Default, now);
        db.GeneralAssemblies.Add(assembly);
        await db.SaveChangesAsync();
        return assembly.Id;
    }

    /// <summary>The owner's candidacy for the board of the assembly, filed in the election's window.</summary>
    private async Task<Guid> CandidacyAsync(Guid assemblyId)
    {
        var owner = new PortalDatabaseFixture.FixedUser(_users[Caller.Owner]);
        var registered = await new RegisterCandidacyHandler(Portal.Db, owner, Portal.Factory.Services.GetRequiredService<IStaffDirectory>(), new PortalClock(FilingClock))
            .HandleAsync(assemblyId, OfficerRole.BoardMember, default);
        Assert.True(registered.Succeeded, registered.Message);
        return registered.Value;
    }
}
