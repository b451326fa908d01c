using CoopPortal.Application.Common.Time;
using CoopPortal.Application.Festival.Decide;
using CoopPortal.Application.Festival.Open;
using CoopPortal.Application.Festival.Shortlist;
using CoopPortal.Application.Festival.Standings;
using CoopPortal.Application.Liquidation.ReportFiles;
using CoopPortal.Application.Liquidation.Start;
using CoopPortal.Application.Registry.Lifecycle;
using CoopPortal.Domain.Assemblies;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Liquidation;
using CoopPortal.Application.Supervision.Common;
using CoopPortal.Domain.Festival;
using CoopPortal.IntegrationTests.Common;
using CoopPortal.IntegrationTests.Dormancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CoopPortal.IntegrationTests.Security;

/// <summary>
/// The cases of a cooperative's life in the world (issue 21): a dormancy case opened by the provincial reviewer on a
/// silent cooperative of the county of Zanjan managed by the <see cref="Caller.OtherManager"/>, and Zanjan's festival of
/// 1404 in which the provincial head confirmed cooperative X (the <see cref="Caller.Manager"/>'s) a winner, with its
/// certificate of appreciation; and a dissolved cooperative of the county (the other manager's) whose liquidation the
/// provincial reviewer started, naming the <see cref="Caller.OtherApplicant"/> its liquidator, with a file they uploaded.
/// </summary>
public sealed partial class AuthorizationWorld
{
    public Guid DormancyCaseId { get; private set; }

    public Guid FestivalId { get; private set; }

    public Guid AppreciationCertificateId { get; private set; }

    public Guid LiquidationId { get; private set; }

    public Guid LiquidationFile { get; private set; }

    private async Task LifecycleAsync()
    {
        await DormancyAndFestivalAsync();
        await LiquidationAsync();
    }

    private async Task LiquidationAsync()
    {
        var clock = new PortalClock(TimeProvider.System);
        var reviewer = new PortalDatabaseFixture.FixedUser(_users[Caller.ReviewerProvince]);
        var dissolved = await CooperativeAsync("منحل", _users[Caller.OtherManager], _users[Caller.OtherInspector]);
        foreach (var (user, action) in new[] { (reviewer, CooperativeStatusAction.OpenDormancyCase), (new PortalDatabaseFixture.FixedUser(_users[Caller.HeadProvince]), CooperativeStatusAction.PursueDissolution) })
        {
            var changed = await new ChangeCooperativeStatusHandler(Portal.Db, user, clock).HandleAsync(dissolved, action, "به اخطار پاسخ نداد", "ماده ۵۴ قانون بخش تعاونی", default);
            Assert.True(changed.Succeeded, changed.Message);
        }

        var liquidator = _users[Caller.OtherApplicant];
        var started = await new StartLiquidationHandler(Portal.Db, reviewer, Portal.Factory.Services.GetRequiredService<IOptionsMonitor<LiquidationRules>>(), clock)
            .HandleAsync(dissolved, new StartLiquidationForm([new NamedLiquidator("مدیر تصفیه آزمون", liquidator.NationalCode!)], Today.AddMonths(6)), default);
        Assert.True(started.Succeeded, started.Message);
        LiquidationId = started.Value;
        using var stream = new MemoryStream(PortalDatabaseFixture.SmallPdf);
        var uploaded = await new LiquidationFilesHandler(Portal.Db, new PortalDatabaseFixture.FixedUser(liquidator), Portal.As(liquidator).Files, clock)
            .UploadAsync(LiquidationId, "گزارش موقت.pdf", PortalDatabaseFixture.SmallPdf.Length, stream, default);
        Assert.True(uploaded.Succeeded, uploaded.Message);
        LiquidationFile = uploaded.Value;
    }

    private async Task DormancyAndFestivalAsync()
    {
        var silent = await CooperativeAsync("راکد", _users[Caller.OtherManager], _users[Caller.OtherInspector]);
        var opened = await new DormancyFixture(Portal).Person(_users[Caller.ReviewerProvince], TimeProvider.System).Open.HandleAsync(silent, default);
        Assert.True(opened.Succeeded, opened.Message);
        DormancyCaseId = opened.Value;

        var reviewer = new PortalDatabaseFixture.FixedUser(_users[Caller.ReviewerProvince]);
        var clock = new PortalClock(TimeProvider.System);
        var services = Portal.Factory.Services;
        var weights = services.GetRequiredService<IOptionsMonitor<FestivalWeights>>();
        var festival = await new OpenFestivalHandler(Portal.Db, reviewer, clock).HandleAsync(PortalDatabaseFixture.Zanjan, 1404, default);
        Assert.True(festival.Succeeded, festival.Message);
        FestivalId = festival.Value;
        var standings = new FestivalStandingsQuery(Portal.Reads, reviewer, weights, services.GetRequiredService<IOptionsMonitor<SupervisionOptions>>());
        var shortlist = new ShortlistHandler(Portal.Db, reviewer, standings, weights, clock);
        var added = await shortlist.AddAsync(FestivalId, CooperativeX, "بهترین کارنامه گرایش", default);
        Assert.True(added.Succeeded, added.Message);
        Assert.True((await shortlist.SubmitAsync(FestivalId, default)).Succeeded);
        var confirmed = await new FestivalDecisionHandler(Portal.Db, new PortalDatabaseFixture.FixedUser(_users[Caller.HeadProvince]), clock)
            .ConfirmAsync(FestivalId, [CooperativeX], default);
        Assert.True(confirmed.Succeeded, confirmed.Message);
        await using var db = await DbAsync();
        AppreciationCertificateId = await db.AppreciationCertificates.Where(c => c.FestivalId == FestivalId).Select(c => c.Id).SingleAsync();
    }
}
