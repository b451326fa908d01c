using CoopPortal.Application.Common.Files;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Formation.Common;
using CoopPortal.Application.Formation.Documents;
using CoopPortal.Application.Formation.EditDraft;
using CoopPortal.Application.Formation.GetApplication;
using CoopPortal.Application.Formation.GetMyApplications;
using CoopPortal.Application.Formation.NameCheck;
using CoopPortal.Application.Formation.StartApplication;
using CoopPortal.Application.Formation.Submit;
using CoopPortal.Application.Formation.Withdraw;
using CoopPortal.Domain.Formation;
using CoopPortal.Domain.Users;
using CoopPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CoopPortal.IntegrationTests.Common;

/// <summary>
/// The one test database of the integration tests: a portal on a throwaway PostgreSQL cluster, its use cases called
/// directly as different people (applicants, managers, reviewers and heads of Zanjan and Tehran, admins) the way the
/// pages call them, and HTTP clients for the endpoints. Each collection that uses it gets its own database.
/// </summary>
public sealed class PortalDatabaseFixture : IAsyncLifetime
{
    public const int Zanjan = 14;
    public const int Tehran = 8;

    public PortalDatabaseFixture()
        : this(new PortalFactory())
    {
    }

    /// <summary>The use cases on a portal of the test's own (a database it backs up and restores, for example).</summary>
    internal PortalDatabaseFixture(PortalFactory factory) => Factory = factory;

    public PortalFactory Factory { get; }

    public IAppDbContextFactory Db => Factory.Services.GetRequiredService<IAppDbContextFactory>();

    /// <summary>The read-only reads (the primary here: the fixture configures no replica).</summary>
    public IReadOnlyDbContextFactory Reads => Factory.Services.GetRequiredService<IReadOnlyDbContextFactory>();

    public int ZanjanCountyId { get; private set; }

    public async Task InitializeAsync()
    {
        await using var db = await Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        ZanjanCountyId = await db.Counties.Where(c => c.ProvinceId == Zanjan && c.Name == "زنجان").Select(c => c.Id).SingleAsync();
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>A national code no other test uses, valid by the checksum.</summary>
    public static string NewNationalCode() => TestNationalCodes.Next();

    /// <summary>An HTTP client keeping cookies and not following redirects.</summary>
    public FormClient NewClient(bool https = false) => new(Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        HandleCookies = true,
        BaseAddress = new Uri(https ? "https://localhost" : "http://localhost"),
    }));

    public async Task<ApplicationUser?> FindUserAsync(string nationalCode)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<ApplicationUser>>();
        return await users.FindByNameAsync(nationalCode);
    }

    public async Task<IList<string>> RolesOfAsync(ApplicationUser user)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<ApplicationUser>>();
        return await users.GetRolesAsync(user);
    }

    public async Task<int> CountUsersAsync(Func<IQueryable<ApplicationUser>, IQueryable<ApplicationUser>> filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await filter(db.Users).CountAsync();
    }

    /// <summary>Creates an account with the given role and returns it as the current user.</summary>
    public const string Password = "kelid-e-sabz-e-zanjan-1405";

    public async Task<CurrentUserSnapshot> NewUserAsync(string role = Roles.Applicant, int? province = null, string? nationalCode = null)
    {
        var code = nationalCode ?? TestNationalCodes.Next();
        var user = await TestAccounts.CreateAsync(Factory.Services, code, "کاربر آزمون", role, province, Password, "f");
        return new CurrentUserSnapshot(user.Id, new HashSet<string> { role }, province) { NationalCode = code };
    }

    /// <summary>
    /// An account that has only registered: national code not proven, mobile not verified (the mobile is unique unless
    /// given). Returned as the portal reads it (<see cref="ReadUserAsync"/>).
    /// </summary>
    public async Task<(CurrentUserSnapshot User, string Mobile)> NewUnprovenUserAsync(string role = Roles.Applicant, int? province = null, string? nationalCode = null, string? mobile = null)
    {
        var phone = mobile ?? NewMobile();
        var user = await TestAccounts.CreateAsync(Factory.Services, nationalCode ?? TestNationalCodes.Next(), "کاربر ثبت‌نام‌کرده", role, province, Password, "u", proven: false, mobile: phone);
        return (await ReadUserAsync(user.Id), phone);
    }

    /// <summary>Waits until what follows each registration so far (run in the background: office notice, SMS) has run.</summary>
    public async Task RegistrationFollowUpsDoneAsync()
    {
        var followUps = Factory.Services.GetRequiredService<Infrastructure.Accounts.RegistrationFollowUpRequests>();
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!followUps.IsIdle)
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(30), "What follows the registration did not run.");
            await Task.Delay(20);
        }
    }

    /// <summary>A mobile number no other test uses.</summary>
    public static string NewMobile() => TestNumbers.Mobile();

    /// <summary>The account as the portal's current-user service reads it (roles, province, proven national code).</summary>
    public Task<CurrentUserSnapshot> ReadUserAsync(string userId) =>
        Factory.Services.GetRequiredService<Infrastructure.Identity.CurrentUserReader>().ReadAsync(userId, default);

    public Handlers As(ICurrentUser user) => new(this, user);

    /// <summary>The use cases as the user, on a clock that says <paramref name="clock"/> (for rules that depend on the date).</summary>
    public Handlers As(ICurrentUser user, TimeProvider clock) => new(this, user, clock);

    /// <summary>An HTTP client signed in as the user (through the login form), not following redirects.</summary>
    public async Task<FormClient> SignedInClientAsync(CurrentUserSnapshot user)
    {
        var client = new FormClient(Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        using var login = await client.LoginAsync(user.NationalCode!, Password);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, login.StatusCode);
        return client;
    }

    public sealed class Handlers(PortalDatabaseFixture fixture, ICurrentUser user, TimeProvider? clock = null)
    {
        private readonly ICurrentUserService _current = new FixedUser(user);

        public ICurrentUser User => user;
        private readonly IServiceProvider _services = fixture.Factory.Services;

        private Application.Common.Time.PortalClock Clock => new(clock ?? TimeProvider.System);

        private FormationContext Context => new(_services.GetRequiredService<IFormationRulesProvider>(), Clock);

        public StartApplicationHandler Start => new(fixture.Db, _current, Context);

        public EditDraftHandler Edit => new(fixture.Db, _current, Context);

        public GetApplicationHandler Get => new(fixture.Db, _current, Context);

        public GetMyApplicationsHandler Mine => new(fixture.Db, _current);

        public SubmitApplicationHandler Submit => new(fixture.Db, _current, Context);

        public WithdrawApplicationHandler Withdraw => new(fixture.Db, _current, Context);

        public Application.Common.Files.UploadIntake Intake => new(_services.GetRequiredService<IDocumentStore>(), _services.GetRequiredService<IOptions<UploadOptions>>());

        public UploadDocumentHandler Upload => new(fixture.Db, _current, Files, Context);

        public Application.Common.Files.CaseFiles Files => new(Intake, _services.GetRequiredService<IDocumentStore>());

        public DownloadDocumentHandler Download => new(fixture.Db, _current, Files);

        public RemoveDocumentHandler RemoveDocument => new(fixture.Db, _current, Files, Context);

        public NameClashQuery NameClash => new(fixture.Db);

        public Application.Formation.Versions.VersionChangesQuery Changes => new(fixture.Db, _current, new Application.ReferenceData.LookupsQuery(fixture.Db));

        public Application.Review.Decide.ReviewDecisionHandler Review => new(
            fixture.Db, _current, _services.GetRequiredService<Application.Common.Staff.IStaffDirectory>(), Clock,
            Monitor<Application.Review.Escalation.ReviewOptions>());

        private Application.Common.Documents.DocumentPrinter Printer => new(
            _services.GetRequiredService<Application.Common.Documents.IDocumentTemplates>(),
            _services.GetRequiredService<Application.Common.Documents.IPdfRenderer>());

        private IOptions<Application.Certificates.Common.PortalOptions> Portal => _services.GetRequiredService<IOptions<Application.Certificates.Common.PortalOptions>>();

        public Application.Certificates.Print.CertificatePrinter CertificatePrinter => new(fixture.Db, Printer, Portal, TimeProvider.System);

        public Application.Certificates.Download.DownloadCertificateHandler Certificate => new(fixture.Db, _current, CertificatePrinter);

        public Application.Certificates.View.CertificateOfApplicationQuery CertificateView => new(fixture.Db, _current, Portal);

        public Application.Certificates.Revoke.RevokeCertificateHandler Revoke => new(fixture.Db, _current, Clock);

        public Application.Formation.Summary.ApplicationSummaryHandler Summary => new(fixture.Db, _current, Printer, TimeProvider.System);

        private IOptionsMonitor<T> Monitor<T>() => _services.GetRequiredService<IOptionsMonitor<T>>();

        private Application.Common.Staff.IStaffDirectory Staff => _services.GetRequiredService<Application.Common.Staff.IStaffDirectory>();

        private Application.Registry.Common.AssemblyContextBuilder AssemblyContexts =>
            new(_services.GetRequiredService<IFormationRulesProvider>(), Monitor<Domain.Registry.RegistryRules>(), Clock);

        public Application.Registry.StartAssembly.StartAssemblyHandler StartAssembly => new(fixture.Db, _current, Clock);

        public Application.Registry.GetAssembly.GetAssemblyHandler GetAssembly => new(fixture.Db, _current, AssemblyContexts, Staff);

        public Application.Registry.GetAssembly.AssemblyOfApplicationQuery AssemblyOfApplication => new(fixture.Db, _current);

        public Application.Registry.SaveAssembly.SaveAssemblyHandler SaveAssembly => new(fixture.Db, _current, Clock);

        public Application.Registry.SubmitAssembly.SubmitAssemblyHandler SubmitAssembly => new(fixture.Db, _current, AssemblyContexts, Clock);

        public Application.Registry.AssemblyFiles.UploadAssemblyFileHandler UploadAssemblyFile => new(fixture.Db, _current, Files, Clock);

        public Application.Registry.AssemblyFiles.RemoveAssemblyFileHandler RemoveAssemblyFile => new(fixture.Db, _current, Files, Clock);

        public Application.Registry.AssemblyFiles.DownloadAssemblyFileHandler DownloadAssemblyFile => new(fixture.Db, _current, Files);

        public Application.Registry.ReviewAssembly.AssemblyReviewHandler AssemblyReview =>
            new(fixture.Db, _current, AssemblyContexts, _services.GetRequiredService<ISequenceNumbering>(), Clock);

        public Application.Registry.AssemblyQueue.AssemblyQueueQuery AssemblyQueue => new(fixture.Reads, _current);

        private Application.Accounts.IAccountProofing Accounts => _services.GetRequiredService<Application.Accounts.IAccountProofing>();

        private Application.Accounts.Proofing.OneTimeCodeService Codes =>
            new(fixture.Db, _services.GetRequiredService<Application.Common.Proofing.ISmsGateway>(), Clock);

        private Application.Accounts.Proofing.IdentityProofing Proofing => new(Accounts, _services.GetRequiredService<Application.Common.Proofing.IIdentityCheck>(),
            new Application.Accounts.Proofing.ManagerAccountNotifier(fixture.Db, _services.GetRequiredService<Application.Common.Staff.IStaffDirectory>(), Clock));

        public Application.Accounts.Proofing.VerifyMobileHandler VerifyMobile => new(_current, Accounts, Codes, Proofing);

        public Application.Accounts.LoginSms.SmsLoginHandler SmsLogin => new(Accounts, Codes, Proofing);

        public Application.Accounts.ManagerLinks.ManagerLinksHandler ManagerLinks => new(fixture.Db, _current, Accounts, Clock);

        public Application.Supervision.Cooperatives.CooperativeQueries Cooperatives => new(fixture.Db, _current, Monitor<Application.Supervision.Common.SupervisionOptions>(), Clock);

        public Application.Supervision.StartDeclaration.StartDeclarationHandler StartDeclaration => new(fixture.Db, _current, Clock);

        public Application.Supervision.GetDeclaration.GetDeclarationHandler GetDeclaration =>
            new(fixture.Db, _current, Staff, Monitor<Application.Supervision.Common.SupervisionOptions>(), Clock);

        public Application.Supervision.SaveDeclarationSection.SaveDeclarationSectionHandler SaveDeclarationSection => new(fixture.Db, _current, Clock);

        public Application.Supervision.SubmitDeclaration.SubmitDeclarationHandler SubmitDeclaration =>
            new(fixture.Db, _current, Monitor<Application.Supervision.Common.SupervisionOptions>(), Clock);

        public Application.Supervision.DeclarationFiles.UploadInspectorsReportHandler UploadInspectorsReport => new(fixture.Db, _current, Files, Clock);

        public Application.Supervision.DeclarationFiles.RemoveDeclarationFileHandler RemoveDeclarationFile => new(fixture.Db, _current, Files, Clock);

        public Application.Supervision.DeclarationFiles.DownloadDeclarationFileHandler DownloadDeclarationFile => new(fixture.Db, _current, Files);

        public Application.Supervision.ReviewDeclaration.DeclarationReviewHandler DeclarationReview => new(fixture.Db, _current, Clock);

        public Application.Supervision.DeclarationQueue.DeclarationQueueQuery DeclarationQueue => new(fixture.Reads, _current);

        public Application.Supervision.Compliance.ComplianceQuery Compliance => new(fixture.Reads, fixture.Factory.Services.GetRequiredService<Application.Supervision.Compliance.IComplianceReader>(), _current, Monitor<Application.Supervision.Common.SupervisionOptions>(), Clock);

        public Application.Statistics.Dashboard.DashboardQuery Dashboard =>
            new(fixture.Reads, _current, Monitor<Application.Supervision.Common.SupervisionOptions>(), Clock);

        public Application.Statistics.Dashboard.StatisticsReportQuery Statistics => new(Dashboard, fixture.Db, Clock);

        public Application.Supervision.Documents.DeclarationDocumentsHandler DeclarationDocuments =>
            new(fixture.Db, _current, Printer, Staff, Monitor<Application.Supervision.Common.SupervisionOptions>(), TimeProvider.System);

        private Application.Assemblies.Common.IAssemblyRulesProvider AssemblyRules => _services.GetRequiredService<Application.Assemblies.Common.IAssemblyRulesProvider>();

        public Application.Assemblies.StartGeneralAssembly.StartGeneralAssemblyHandler StartGeneralAssembly => new(fixture.Db, _current, Clock);

        public Application.Assemblies.GetGeneralAssembly.GetGeneralAssemblyHandler GetGeneralAssembly =>
            new(fixture.Db, _current, new Application.Assemblies.Common.GeneralAssemblyViews(AssemblyRules, Staff, Clock));

        public Application.Assemblies.SaveNotice.SaveNoticeHandler SaveNotice => new(fixture.Db, _current, Clock);

        public Application.Assemblies.AnnounceAssembly.AnnounceAssemblyHandler AnnounceAssembly => new(fixture.Db, _current, AssemblyRules, Clock);

        public Application.Assemblies.CancelAssembly.CancelAssemblyHandler CancelAssembly => new(fixture.Db, _current, Clock);

        public Application.Assemblies.DecideSupervision.SupervisionDecisionHandler Supervision => new(fixture.Db, _current, Staff, AssemblyRules, Clock);

        public Application.Administration.ReferenceData.ProvinceOfficesHandler ProvinceOffices => new(fixture.Db, _current, clock ?? TimeProvider.System);

        public Application.Administration.ReferenceData.ReferenceDataHandler ReferenceData => new(fixture.Db, _current, Staff, clock ?? TimeProvider.System);

        public Application.ReferenceData.ProvinceContactsQuery ProvinceContacts => new(fixture.Db);
    }

    /// <summary>A clock that always says the same moment.</summary>
    public sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    internal sealed class FixedUser(ICurrentUser user) : ICurrentUserService
    {
        public Task<ICurrentUser> GetAsync(CancellationToken cancellationToken) => Task.FromResult(user);
    }

    public static readonly byte[] SmallPdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"u8.ToArray();

    /// <summary>A complete application submitted, recommended by a Zanjan reviewer and approved by the Zanjan head.</summary>
    public async Task<Guid> ApprovedApplicationAsync(CurrentUserSnapshot applicant, string firstName = "تعاونی تولیدی")
    {
        var id = await CompleteApplicationAsync(applicant, firstName);
        Assert.True((await As(applicant).Submit.HandleAsync(id, default)).Succeeded);
        var reviewer = As(await NewUserAsync(Roles.Reviewer, Zanjan));
        var head = As(await NewUserAsync(Roles.HeadOfOffice, Zanjan));
        Assert.True((await reviewer.Review.ClaimAsync(id, default)).Succeeded);
        Assert.True((await reviewer.Review.RecommendAsync(id, null, default)).Succeeded);
        var approved = await head.Review.ApproveAsync(id, default);
        Assert.True(approved.Succeeded, approved.Message);
        return id;
    }

    /// <summary>Fills every section of a new application so it can be submitted; returns its id.</summary>
    public async Task<Guid> CompleteApplicationAsync(CurrentUserSnapshot applicant, string firstName = "تعاونی مصرف کارکنان")
    {
        var h = As(applicant);
        var id = (await h.Start.HandleAsync(default)).Value;
        Assert.True((await h.Edit.SaveDetailsAsync(id, new CooperativeDetailsInput(1, 6, 1,
            "تأمین کالاهای مصرفی اعضا با قیمت مناسب و توزیع در شهرستان", Zanjan, ZanjanCountyId,
            "زنجان، خیابان امام، پلاک ۱۲", "۴۵۱۵۶-۷۸۹۱۲", "02433456789"), default)).Succeeded);
        var namesSaved = await h.Edit.SaveNamesAsync(id, [firstName + " " + Guid.NewGuid().ToString("N")[..6], "تعاونی دوم " + Guid.NewGuid().ToString("N")[..6]], default);
        Assert.True(namesSaved.Succeeded, namesSaved.Message);
        var memberIds = new List<Guid>();
        for (var i = 0; i < 7; i++)
        {
            var code = i == 0 ? applicant.NationalCode! : TestNationalCodes.Next();
            var added = await h.Edit.AddMemberAsync(id, new MemberDetails($"عضو شماره {i + 1}", "پدر", code, "1370/05/12", "0912345678" + (i % 10), 10_000_000, 4_000_000, 0, null), default);
            Assert.True(added.Succeeded);
            memberIds.Add(added.Value!.Changed!.Value);
        }

        Assert.True((await h.Edit.SetFoundersAsync(id, memberIds.Take(3).ToList(), default)).Succeeded);
        foreach (var kind in new[] { DocumentKind.FoundersIdCards, DocumentKind.ProposalPlan })
        {
            using var stream = new MemoryStream(SmallPdf);
            Assert.True((await h.Upload.HandleAsync(id, kind, "مدرک.pdf", SmallPdf.Length, stream, default)).Succeeded);
        }

        Assert.True((await h.Edit.SetDeclarationAsync(id, true, default)).Succeeded);
        return id;
    }
}
