using CoopPortal.Application.Certificates.Common;
using CoopPortal.Application.Common.Documents;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Staff;
using CoopPortal.Application.Common.Time;
using CoopPortal.Application.Dormancy.Answer;
using CoopPortal.Application.Dormancy.Common;
using CoopPortal.Application.Dormancy.Decide;
using CoopPortal.Application.Dormancy.Escalation;
using CoopPortal.Application.Dormancy.GetCase;
using CoopPortal.Application.Dormancy.Notice;
using CoopPortal.Application.Dormancy.OpenCase;
using CoopPortal.Application.Dormancy.Queue;
using CoopPortal.Domain.Assemblies;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Registry;
using CoopPortal.Infrastructure.Persistence;
using CoopPortal.IntegrationTests.Common;
using CoopPortal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CoopPortal.IntegrationTests.Dormancy;

/// <summary>The dormancy use cases as one person, at a fixed moment, and the rows a revival is read from, written through their aggregates.</summary>
internal sealed class DormancyFixture(PortalDatabaseFixture fixture)
{
    private IServiceProvider Services => fixture.Factory.Services;

    public Task<AppDbContext> NewDbAsync() => Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();

    public sealed class As(DormancyFixture owner, PortalDatabaseFixture fixture, ICurrentUser user, TimeProvider clock)
    {
        private readonly ICurrentUserService _current = new PortalDatabaseFixture.FixedUser(user);

        private IServiceProvider Services => fixture.Factory.Services;

        private PortalClock Clock => new(clock);

        public OpenDormancyCaseHandler Open => new(
            fixture.Db, _current, fixture.As(user, clock).Compliance, Services.GetRequiredService<IOptionsMonitor<DormancyOptions>>(), Clock);

        public AnswerDormancyCaseHandler Answer => new(fixture.Db, _current, Clock);

        public DormancyDecisionHandler Decide => new(fixture.Db, _current, Clock);

        public GetDormancyCaseHandler Get => new(fixture.Db, _current, new DormancyViews(Services.GetRequiredService<IStaffDirectory>(), Clock));

        public DormancyQueueQuery Queue => new(fixture.Reads, _current, Clock);

        public EscalateDormancyHandler Escalate => new(fixture.Db, clock);

        public DownloadDormancyNoticeHandler Notice => new(fixture.Db, _current, new DormancyNoticePrinter(
            fixture.Db, new DocumentPrinter(Services.GetRequiredService<IDocumentTemplates>(), Services.GetRequiredService<IPdfRenderer>()),
            Services.GetRequiredService<IOptions<PortalOptions>>(), TimeProvider.System));

        public DormancyFixture Owner => owner;
    }

    public As Person(ICurrentUser user, TimeProvider clock) => new(this, fixture, user, clock);

    /// <summary>An active cooperative of the province, registered in 1400, that never declared: possibly dormant from 1405/09.</summary>
    public async Task<Cooperative> SilentCooperativeAsync(string managerNationalCode, int province = PortalDatabaseFixture.Zanjan)
    {
        var cooperative = Cooperative.Import(new ImportedCooperative(
            "تعاونی راکد " + Guid.NewGuid().ToString("N")[..8], TestNumbers.RegistrationNumber(),
            JalaliDate.Parse("1400/01/15")!.Value, null, province, null, null, 20, 500_000_000, managerNationalCode, "مدیر آزمون", null), DateTime.UtcNow);
        await using var db = await NewDbAsync();
        db.Cooperatives.Add(cooperative);
        await db.SaveChangesAsync();
        return cooperative;
    }

    /// <summary>A sent self-declaration of the year, through the aggregate.</summary>
    public async Task DeclaredAsync(Cooperative cooperative, int fiscalYear)
    {
        await using var db = await NewDbAsync();
        db.SelfDeclarations.Add(SubmittedDeclarations.Build(cooperative.Id, cooperative.ProvinceId, fiscalYear));
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// An ordinary general assembly of the cooperative meeting on <paramref name="meetingOn"/>, taken through its own
    /// steps to <paramref name="confirmed"/> (confirmed by the office at <paramref name="confirmedAtUtc"/>) or left with its minutes sent.
    /// </summary>
    public async Task AssemblyAsync(Cooperative cooperative, string managerUserId, DateOnly meetingOn, DateTime confirmedAtUtc, bool confirmed = true, GeneralAssemblyKind kind = GeneralAssemblyKind.Ordinary)
    {
        var assembly = ConfirmedAssemblies.Build(cooperative, managerUserId, meetingOn, confirmedAtUtc, confirmed, kind);
        await using var db = await NewDbAsync();
        db.GeneralAssemblies.Add(assembly);
        await db.SaveChangesAsync();
    }
}
