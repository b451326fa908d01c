using CoopPortal.Application.Certificates.Common;
using CoopPortal.Application.Certificates.Verify;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Dormancy.Common;
using CoopPortal.Application.Dormancy.Decide;
using CoopPortal.Application.Dormancy.OpenCase;
using CoopPortal.Application.Notifications;
using CoopPortal.Application.Registry.Lifecycle;
using CoopPortal.Domain.Assemblies;
using CoopPortal.Domain.Certificates;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Dormancy;
using CoopPortal.Domain.Users;
using CoopPortal.IntegrationTests.Common;
using CoopPortal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CoopPortal.IntegrationTests.Dormancy;

/// <summary>
/// The dormancy case on a real database (issue 21, points 1 and 6): opened only for a possibly dormant, active
/// cooperative, once; the notice printed and verifiable; a revival recognized only when the declarations and the
/// ordinary assembly really exist in their tables; the head's dissolution changes the cooperative's status and its
/// history; whoever opened the case does not decide the dissolution; other provinces and other cooperatives' managers
/// are told it does not exist; a case past its deadline is escalated to the heads once.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class DormancyCaseTests(PortalDatabaseFixture fixture)
{
    /// <summary>1405/09/02: 1403 and 1404 are overdue for a cooperative registered in 1400 that never declared.</summary>
    private static readonly DateTimeOffset Opening = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    private static readonly TimeProvider Clock = new PortalDatabaseFixture.FixedClock(Opening);

    /// <summary>Past the default 60 days to answer.</summary>
    private static readonly TimeProvider AfterDeadline = new PortalDatabaseFixture.FixedClock(Opening.AddDays(62));

    private readonly DormancyFixture _dormancy = new(fixture);

    private async Task<(Cooperative Cooperative, CurrentUserSnapshot Manager)> SilentAsync()
    {
        var manager = await fixture.NewUserAsync();
        return (await _dormancy.SilentCooperativeAsync(manager.NationalCode!), manager);
    }

    private async Task<Guid> OpenedAsync(Cooperative cooperative, CurrentUserSnapshot reviewer)
    {
        var opened = await _dormancy.Person(reviewer, Clock).Open.HandleAsync(cooperative.Id, default);
        Assert.True(opened.Succeeded, opened.Message);
        return opened.Value;
    }

    [Fact]
    public async Task A_case_opens_only_for_a_possibly_dormant_active_cooperative_once_with_its_notice_and_the_managers_told()
    {
        var (silent, manager) = await SilentAsync();
        var reviewer = await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Zanjan);

        // A cooperative that declared one of the two years is overdue, not possibly dormant.
        var declaring = await _dormancy.SilentCooperativeAsync(TestNationalCodes.Next());
        await _dormancy.DeclaredAsync(declaring, 1404);
        var refused = await _dormancy.Person(reviewer, Clock).Open.HandleAsync(declaring.Id, default);
        Assert.Equal(OpenDormancyCaseHandler.NotPossiblyDormant, refused.Message);

        var caseId = await OpenedAsync(silent, reviewer);
        var again = await _dormancy.Person(reviewer, Clock).Open.HandleAsync(silent.Id, default);
        Assert.Equal(ErrorKind.Conflict, again.Kind);

        await using var db = await _dormancy.NewDbAsync();
        var stored = await db.DormancyCases.AsNoTracking().Include(c => c.Events).SingleAsync(c => c.Id == caseId);
        Assert.Equal(DormancyStatus.AwaitingAnswer, stored.Status);
        Assert.Equal([1403, 1404], stored.OwedYears);
        Assert.Equal(DateOnly.FromDateTime(Opening.UtcDateTime).AddDays(60), stored.DeadlineOn);
        Assert.Equal(CooperativeStatus.DormancyCaseOpen, (await db.Cooperatives.AsNoTracking().SingleAsync(c => c.Id == silent.Id)).Status);
        Assert.Equal(1, await db.Notifications.CountAsync(n => n.UserId == manager.UserId && n.Title == NotifyOnDormancyStep.OpenedTitle));

        // The notice: numbered, printed, read back with its QR code, and verifiable in public.
        var notice = await db.DormancyNotices.AsNoTracking().SingleAsync(n => n.CaseId == caseId);
        var pdf = await _dormancy.Person(manager, Clock).Notice.HandleAsync(caseId, default);
        Assert.True(pdf.Succeeded, pdf.Message);
        var text = PdfInspection.Text(pdf.Value!.Content!);
        Assert.Contains("اخطاریه رکود", text);
        Assert.Contains(silent.Name, text);
        Assert.Contains("1403", text);
        var url = fixture.Factory.Services.GetRequiredService<IOptions<PortalOptions>>().Value.VerificationUrl(notice.VerificationCode);
        Assert.Equal([url], PdfInspection.QrCodes(PdfInspection.FirstPageToPng(pdf.Value.Content!, "dormancy-notice")));
        var verify = new VerifyCertificateHandler(fixture.Db, fixture.Factory.Services.GetRequiredService<IVerificationLog>(), TimeProvider.System);
        var result = await verify.HandleAsync(notice.VerificationCode, "203.0.113.9", "test", default);
        Assert.NotNull(result);
        Assert.Equal((VerifiableDocumentKind.DormancyNotice, silent.Name, notice.Number), (result.Kind, result.CooperativeName, result.Number));
        Assert.Equal(stored.DeadlineOn, result.Dormancy!.DeadlineOn);
        Assert.Equal(CooperativeStatus.DormancyCaseOpen, result.CooperativeStatus);
    }

    [Fact]
    public async Task A_revival_is_recognized_only_when_the_declarations_and_the_assembly_really_exist()
    {
        var (silent, manager) = await SilentAsync();
        var reviewer = await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Zanjan);
        var other = await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Zanjan);
        var caseId = await OpenedAsync(silent, reviewer);
        var office = _dormancy.Person(other, Clock);

        async Task<DormancyCaseView> ViewAsync() => (await office.Get.HandleAsync(caseId, default)).Value!;
        async Task RefusedAsync()
        {
            var revive = await office.Decide.HandleAsync(caseId, new DormancyDecision(DormancyAction.Revive), default);
            Assert.Equal(RevivalRules.NotEarned, revive.Message);
        }

        // Nothing filed: both rules unmet.
        Assert.Equal([false, false], (await ViewAsync()).Findings.Select(f => f.Met));
        await RefusedAsync();

        // The manager answers; one year declared, an assembly confirmed before the case opened and one only sent: still not.
        Assert.True((await _dormancy.Person(manager, Clock).Answer.HandleAsync(caseId, DormancyAnswerKind.Reviving, "در حال احیا هستیم", default)).Succeeded);
        await _dormancy.DeclaredAsync(silent, 1404);
        await _dormancy.AssemblyAsync(silent, manager.UserId!, new DateOnly(2026, 7, 1), Opening.UtcDateTime.AddDays(-30));
        await _dormancy.AssemblyAsync(silent, manager.UserId!, new DateOnly(2026, 12, 1), Opening.UtcDateTime.AddDays(10), confirmed: false, GeneralAssemblyKind.OrdinaryHeldExtraordinarily);
        Assert.Equal([false, false], (await ViewAsync()).Findings.Select(f => f.Met));
        await RefusedAsync();

        // Both years declared, and only an extraordinary assembly confirmed after opening: D01 met, D02 not.
        await _dormancy.DeclaredAsync(silent, 1403);
        await _dormancy.AssemblyAsync(silent, manager.UserId!, new DateOnly(2026, 12, 3), Opening.UtcDateTime.AddDays(12), kind: GeneralAssemblyKind.Extraordinary);
        Assert.Equal([true, false], (await ViewAsync()).Findings.Select(f => f.Met));
        await RefusedAsync();

        // An ordinary assembly confirmed after the case opened: revived, and the cooperative active again.
        await _dormancy.AssemblyAsync(silent, manager.UserId!, new DateOnly(2026, 12, 5), Opening.UtcDateTime.AddDays(15), kind: GeneralAssemblyKind.OrdinaryHeldExtraordinarily);
        var view = await ViewAsync();
        Assert.Equal([true, true], view.Findings.Select(f => f.Met));
        Assert.Contains(DormancyAction.Revive, view.Decisions);
        var revived = await office.Decide.HandleAsync(caseId, new DormancyDecision(DormancyAction.Revive), default);
        Assert.True(revived.Succeeded, revived.Message);

        await using var db = await _dormancy.NewDbAsync();
        var cooperative = await db.Cooperatives.AsNoTracking().Include(c => c.StatusEvents).SingleAsync(c => c.Id == silent.Id);
        Assert.Equal(CooperativeStatus.Active, cooperative.Status);
        Assert.Equal([CooperativeStatusAction.OpenDormancyCase, CooperativeStatusAction.Revive], cooperative.StatusEvents.Select(e => e.Action));
        Assert.Equal(DormancyStatus.Revived, (await db.DormancyCases.AsNoTracking().SingleAsync(c => c.Id == caseId)).Status);
    }

    [Fact]
    public async Task The_head_pursues_dissolution_after_the_deadline_but_not_the_opener_nor_before_the_deadline()
    {
        var (silent, manager) = await SilentAsync();
        var head = await fixture.NewUserAsync(Roles.HeadOfOffice, PortalDatabaseFixture.Zanjan);
        var otherHead = await fixture.NewUserAsync(Roles.HeadOfOffice, PortalDatabaseFixture.Zanjan);
        var reviewer = await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Zanjan);
        var caseId = await OpenedAsync(silent, head);
        var decision = new DormancyDecision(DormancyAction.PursueDissolution, DissolutionGround.NoAnswer, "تا پایان مهلت پاسخی نرسید");

        // The reviewer is not the head; the head who opened the case may not; before the deadline nobody may.
        Assert.Equal(DormancyAccess.HeadOnly, (await _dormancy.Person(reviewer, AfterDeadline).Decide.HandleAsync(caseId, decision, default)).Message);
        Assert.Equal(SeparationOfDuties.EarlierStep, (await _dormancy.Person(head, AfterDeadline).Decide.HandleAsync(caseId, decision, default)).Message);
        Assert.DoesNotContain(DormancyAction.PursueDissolution, (await _dormancy.Person(head, AfterDeadline).Get.HandleAsync(caseId, default)).Value!.Decisions);
        Assert.Equal(DormancyCase.DeadlineNotPassed, (await _dormancy.Person(otherHead, Clock).Decide.HandleAsync(caseId, decision, default)).Message);

        var pursued = await _dormancy.Person(otherHead, AfterDeadline).Decide.HandleAsync(caseId, decision, default);
        Assert.True(pursued.Succeeded, pursued.Message);

        await using var db = await _dormancy.NewDbAsync();
        var cooperative = await db.Cooperatives.AsNoTracking().Include(c => c.StatusEvents).SingleAsync(c => c.Id == silent.Id);
        Assert.Equal(CooperativeStatus.Dissolved, cooperative.Status);
        var last = cooperative.StatusEvents[^1];
        Assert.Equal((CooperativeStatusAction.PursueDissolution, otherHead.UserId!), (last.Action, last.ActorUserId));
        Assert.Equal("پاسخ ندادن در مهلت اخطاریه: تا پایان مهلت پاسخی نرسید", last.LegalGround);
        Assert.Equal(1, await db.Notifications.CountAsync(n => n.UserId == manager.UserId && n.Link == $"dormancy/{caseId}" && n.Title != NotifyOnDormancyStep.OpenedTitle));
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlInterpolatedAsync(
            $"UPDATE dormancy_events SET \"ToStatus\" = 'Closed' WHERE \"CaseId\" = {caseId}"));
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlInterpolatedAsync(
            $"DELETE FROM dormancy_events WHERE \"CaseId\" = {caseId}"));
    }

    [Fact]
    public async Task Another_provinces_staff_and_another_cooperatives_manager_are_told_it_does_not_exist()
    {
        var (silent, manager) = await SilentAsync();
        var reviewer = await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Zanjan);
        var tehran = await fixture.NewUserAsync(Roles.HeadOfOffice, PortalDatabaseFixture.Tehran);
        var (_, stranger) = await SilentAsync();
        Assert.Equal(ErrorKind.NotFound, (await _dormancy.Person(tehran, Clock).Open.HandleAsync(silent.Id, default)).Kind);
        var caseId = await OpenedAsync(silent, reviewer);

        foreach (var outsider in new[] { tehran, stranger })
        {
            var person = _dormancy.Person(outsider, AfterDeadline);
            Assert.Equal(ErrorKind.NotFound, (await person.Get.HandleAsync(caseId, default)).Kind);
            Assert.Equal(ErrorKind.NotFound, (await person.Notice.HandleAsync(caseId, default)).Kind);
            Assert.Equal(ErrorKind.NotFound, (await person.Answer.HandleAsync(caseId, DormancyAnswerKind.Refusing, "نه", default)).Kind);
            Assert.Equal(ErrorKind.NotFound, (await person.Decide.HandleAsync(caseId, new DormancyDecision(DormancyAction.Close, Text: "دلیل"), default)).Kind);
        }

        Assert.DoesNotContain(await _dormancy.Person(tehran, Clock).Queue.HandleAsync(openOnly: true, default), i => i.Id == caseId);
        Assert.Contains(await _dormancy.Person(reviewer, Clock).Queue.HandleAsync(openOnly: true, default), i => i.Id == caseId);

        // The office sees the case but does not answer for the cooperative; its manager does not decide.
        Assert.Equal(ErrorKind.NotFound, (await _dormancy.Person(reviewer, Clock).Answer.HandleAsync(caseId, DormancyAnswerKind.Reviving, "بله", default)).Kind);
        var own = _dormancy.Person(manager, Clock);
        Assert.Equal([DormancyAction.Answer], (await own.Get.HandleAsync(caseId, default)).Value!.Decisions);
        Assert.Equal(DormancyAccess.StaffOnly, (await own.Decide.HandleAsync(caseId, new DormancyDecision(DormancyAction.Revive), default)).Message);
    }

    [Fact]
    public async Task A_case_past_its_deadline_is_escalated_to_the_heads_once()
    {
        var (silent, _) = await SilentAsync();
        var reviewer = await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Zanjan);
        var head = await fixture.NewUserAsync(Roles.HeadOfOffice, PortalDatabaseFixture.Zanjan);
        var caseId = await OpenedAsync(silent, reviewer);

        await _dormancy.Person(reviewer, Clock).Escalate.HandleAsync(default);
        await using (var db = await _dormancy.NewDbAsync())
        {
            Assert.Null((await db.DormancyCases.AsNoTracking().SingleAsync(c => c.Id == caseId)).EscalatedAtUtc);
        }

        await _dormancy.Person(reviewer, AfterDeadline).Escalate.HandleAsync(default);
        await _dormancy.Person(reviewer, AfterDeadline).Escalate.HandleAsync(default);
        await using (var db = await _dormancy.NewDbAsync())
        {
            Assert.NotNull((await db.DormancyCases.AsNoTracking().SingleAsync(c => c.Id == caseId)).EscalatedAtUtc);
            Assert.Equal(1, await db.Notifications.CountAsync(n => n.UserId == head.UserId && n.Link == $"dormancy/{caseId}" && n.Title == NotifyHeadsOnDormancyEscalation.Title));
        }
    }
}
