using CoopPortal.Application.Assemblies.CandidacyFiles;
using CoopPortal.Application.Assemblies.Common;
using CoopPortal.Application.Assemblies.DecideCandidacy;
using CoopPortal.Application.Assemblies.GetCandidacy;
using CoopPortal.Application.Assemblies.RegisterCandidacy;
using CoopPortal.Application.Assemblies.WithdrawCandidacy;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Staff;
using CoopPortal.Application.Common.Time;
using CoopPortal.Domain.Assemblies;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Registry;
using CoopPortal.Infrastructure.Persistence;
using CoopPortal.IntegrationTests.Common;
using CoopPortal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopPortal.IntegrationTests.Assemblies;

/// <summary>
/// Candidates for a general assembly's elections (issue 19 point 2) on real PostgreSQL: registration by the proven
/// national code, the eligibility rules reading the registry across provinces, the office's decision with its findings
/// kept, notifications, and who may not see or decide.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class CandidacyTests(PortalDatabaseFixture fixture)
{
    /// <summary>1405/03/11: the ordinary assembly of 1404 is inside its window (until 1405/04/31).</summary>
    private static readonly TimeProvider Clock = new PortalDatabaseFixture.FixedClock(new DateTimeOffset(2026, 6, 1, 8, 0, 0, TimeSpan.Zero));

    private static DateOnly J(string jalali) => JalaliDate.Parse(jalali)!.Value;

    private sealed class As(PortalDatabaseFixture fixture, ICurrentUser user)
    {
        private readonly ICurrentUserService _current = new PortalDatabaseFixture.FixedUser(user);
        private readonly IServiceProvider _services = fixture.Factory.Services;

        private static PortalClock PortalClock => new(Clock);

        private IStaffDirectory Staff => _services.GetRequiredService<IStaffDirectory>();

        private IAssemblyRulesProvider Rules => _services.GetRequiredService<IAssemblyRulesProvider>();

        public RegisterCandidacyHandler Register => new(fixture.Db, _current, Staff, PortalClock);

        public UploadCandidacyFileHandler Upload => new(fixture.Db, _current, fixture.As(user).Files, PortalClock);

        public WithdrawCandidacyHandler Withdraw => new(fixture.Db, _current, PortalClock);

        public GetCandidacyHandler Get => new(fixture.Db, _current, new CandidacyViews(Rules, Staff, PortalClock));

        public CandidacyDecisionHandler Decide => new(fixture.Db, _current, Rules, PortalClock);
    }

    private async Task<AppDbContext> DbAsync() => await fixture.Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();

    /// <summary>A cooperative whose board includes <paramref name="boardMembers"/> with terms until 1407.</summary>
    private async Task<Cooperative> CooperativeAsync(int province, string managerCode, params string[] boardMembers)
    {
        var cooperative = Cooperative.Import(new ImportedCooperative(
            "تعاونی نامزدی " + Guid.NewGuid().ToString("N")[..8], TestNumbers.RegistrationNumber(), J("1400/01/15"), null, province, null, null, 30,
            900_000_000, managerCode, "مدیر آزمون", null), DateTime.UtcNow);
        if (boardMembers.Length > 0)
        {
            cooperative.ReplaceOfficers(boardMembers.Select(code => new OfficerEntry(OfficerRole.BoardMember, "عضو هیئت مدیره", code, J("1404/02/01"), J("1407/01/31"))));
        }

        await using var db = await DbAsync();
        db.Cooperatives.Add(cooperative);
        await db.SaveChangesAsync();
        return cooperative;
    }

    /// <summary>A published ordinary assembly of the cooperative that elects the board, filed by its manager.</summary>
    private async Task<GeneralAssembly> AnnouncedAsync(Cooperative cooperative, string managerUserId)
    {
        var now = Clock.GetUtcNow().UtcDateTime;
        var assembly = GeneralAssembly.Start(cooperative, managerUserId, GeneralAssemblyKind.Ordinary, now);
        assembly.EditNotice(new AssemblyNotice(GeneralAssemblyKind.Ordinary, J("1405/03/30"), new TimeOnly(17, 0), "زنجان، سالن اجتماعات تعاونی", null,
            "از همه اعضای محترم دعوت می‌شود در مجمع عمومی عادی سالانه حاضر شوند."), now);
        assembly.SetAgenda([new AgendaItem(AgendaItemKind.ApproveFinancialStatements), new AgendaItem(AgendaItemKind.ElectBoard)], now);
        assembly.Announce(J("1405/03/11"), AssemblyRules.Default, now);
        await using var db = await DbAsync();
        db.GeneralAssemblies.Add(assembly);
        await db.SaveChangesAsync();
        return assembly;
    }

    private async Task<(Cooperative Cooperative, GeneralAssembly Assembly, CurrentUserSnapshot Manager)> SetUpAsync(params string[] boardMembers)
    {
        var manager = await fixture.NewUserAsync(Domain.Users.Roles.CooperativeManager);
        var cooperative = await CooperativeAsync(PortalDatabaseFixture.Zanjan, manager.NationalCode!, boardMembers);
        return (cooperative, await AnnouncedAsync(cooperative, manager.UserId!), manager);
    }

    private async Task<int> NotificationsAsync(string userId, string title)
    {
        await using var db = await DbAsync();
        return await db.Notifications.CountAsync(n => n.UserId == userId && n.Title == title);
    }

    [Fact]
    public async Task A_candidate_stands_by_the_proven_national_code_once_per_post_and_only_for_what_the_agenda_elects()
    {
        var (_, assembly, _) = await SetUpAsync();
        var (unproven, _) = await fixture.NewUnprovenUserAsync();
        var refused = await new As(fixture, unproven).Register.HandleAsync(assembly.Id, OfficerRole.BoardMember, default);
        Assert.Equal(ErrorKind.Forbidden, refused.Kind);
        Assert.Equal(RegisterCandidacyHandler.ProofNeeded, refused.Message);

        var candidate = new As(fixture, await fixture.NewUserAsync());
        var first = await candidate.Register.HandleAsync(assembly.Id, OfficerRole.BoardMember, default);
        var again = await candidate.Register.HandleAsync(assembly.Id, OfficerRole.BoardMember, default);
        Assert.True(first.Succeeded, first.Message);
        Assert.Equal(first.Value, again.Value);

        var inspector = await candidate.Register.HandleAsync(assembly.Id, OfficerRole.Inspector, default);
        Assert.Equal(ErrorKind.Conflict, inspector.Kind);
        Assert.Contains("انتخاب نمی‌شود", inspector.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_rules_read_boards_in_other_provinces_and_approval_is_refused_while_one_bars_the_candidate()
    {
        var candidateUser = await fixture.NewUserAsync();
        var code = candidateUser.NationalCode!;
        var elsewhere1 = await CooperativeAsync(PortalDatabaseFixture.Zanjan, PortalDatabaseFixture.NewNationalCode(), code);
        var elsewhere2 = await CooperativeAsync(PortalDatabaseFixture.Tehran, PortalDatabaseFixture.NewNationalCode(), code);
        var (_, assembly, manager) = await SetUpAsync();
        var candidacyId = (await new As(fixture, candidateUser).Register.HandleAsync(assembly.Id, OfficerRole.BoardMember, default)).Value;

        var reviewer = new As(fixture, await fixture.NewUserAsync(Domain.Users.Roles.Reviewer, PortalDatabaseFixture.Zanjan));
        var view = (await reviewer.Get.HandleAsync(candidacyId, default)).Value!;
        var boards = Assert.Single(view.Findings, f => f.RuleId == "E03");
        Assert.Equal(EligibilityVerdict.NotEligible, boards.Verdict);
        Assert.Contains(elsewhere1.Name, boards.Evidence, StringComparison.Ordinal);
        Assert.Contains(elsewhere2.Name, boards.Evidence, StringComparison.Ordinal);
        Assert.Contains(view.Findings, f => f.RuleId == "E04");
        Assert.Contains(view.Findings, f => f.RuleId == "E05" && f.Verdict == EligibilityVerdict.CheckByHand);
        Assert.Contains(CandidacyAction.Approve, view.Actions);
        Assert.Contains(CandidacyAction.Approve, Assert.Single((await reviewer.Get.OfAssemblyAsync(assembly.Id, default)).Value!).Actions);
        var own = (await new As(fixture, candidateUser).Get.HandleAsync(candidacyId, default)).Value!;
        Assert.Equal([CandidacyAction.Withdraw], own.Actions.ToArray());

        var approve = await reviewer.Decide.ApproveAsync(candidacyId, default);
        Assert.Equal(ErrorKind.Conflict, approve.Kind);
        Assert.Contains("E03", approve.Message, StringComparison.Ordinal);

        Assert.Equal(ErrorKind.Conflict, (await reviewer.Decide.RefuseAsync(candidacyId, " ", default)).Kind);
        var refused = await reviewer.Decide.RefuseAsync(candidacyId, "عضو هیئت مدیره دو تعاونی دیگر است (قاعده E03).", default);
        Assert.True(refused.Succeeded, refused.Message);

        var decided = (await new As(fixture, candidateUser).Get.HandleAsync(candidacyId, default)).Value!;
        Assert.Equal(CandidacyStatus.Refused, decided.Status);
        Assert.Contains(decided.Findings, f => f.RuleId == "E03");
        Assert.Contains("E03", decided.DecisionReason, StringComparison.Ordinal);
        Assert.Equal(1, await NotificationsAsync(candidateUser.UserId!, "صلاحیت نامزد تأیید نشد"));
        Assert.Equal(1, await NotificationsAsync(manager.UserId!, "صلاحیت نامزد تأیید نشد"));
    }

    [Fact]
    public async Task A_candidate_with_both_documents_and_no_bar_is_approved_with_the_findings_to_check_by_hand_kept()
    {
        var (_, assembly, manager) = await SetUpAsync();
        var candidateUser = await fixture.NewUserAsync();
        var candidate = new As(fixture, candidateUser);
        var candidacyId = (await candidate.Register.HandleAsync(assembly.Id, OfficerRole.AlternateBoardMember, default)).Value;
        foreach (var kind in new[] { CandidateFileKind.IdCard, CandidateFileKind.CriminalRecord })
        {
            using var content = new MemoryStream(SamplePdf.Bytes);
            var uploaded = await candidate.Upload.HandleAsync(candidacyId, kind, kind + ".pdf", SamplePdf.Bytes.Length, content, default);
            Assert.True(uploaded.Succeeded, uploaded.Message);
        }

        var head = new As(fixture, await fixture.NewUserAsync(Domain.Users.Roles.HeadOfOffice, PortalDatabaseFixture.Zanjan));
        var approved = await head.Decide.ApproveAsync(candidacyId, default);
        Assert.True(approved.Succeeded, approved.Message);

        var view = (await new As(fixture, manager).Get.HandleAsync(candidacyId, default)).Value!;
        Assert.Equal(CandidacyStatus.Approved, view.Status);
        Assert.Equal(["E05"], view.Findings.Select(f => f.RuleId));
        Assert.Empty(view.Actions);
        Assert.Equal(1, await NotificationsAsync(candidateUser.UserId!, "صلاحیت نامزد تأیید شد"));

        // Approved, the candidate may still stand down; the documents no longer change.
        using var late = new MemoryStream(SamplePdf.Bytes);
        Assert.Equal(ErrorKind.Conflict, (await candidate.Upload.HandleAsync(candidacyId, CandidateFileKind.IdCard, "late.pdf", SamplePdf.Bytes.Length, late, default)).Kind);
        Assert.True((await candidate.Withdraw.HandleAsync(candidacyId, default)).Succeeded);
        Assert.Equal(1, await NotificationsAsync(manager.UserId!, "انصراف نامزد"));
    }

    [Fact]
    public async Task Nobody_else_sees_a_candidacy_and_no_manager_or_candidate_decides_one()
    {
        var (cooperative, assembly, manager) = await SetUpAsync();
        var candidateUser = await fixture.NewUserAsync(Domain.Users.Roles.Reviewer, PortalDatabaseFixture.Zanjan);
        var candidacyId = (await new As(fixture, candidateUser).Register.HandleAsync(assembly.Id, OfficerRole.BoardMember, default)).Value;

        // Another citizen, another cooperative's manager, staff of another province: not found.
        var (otherCooperativeManagerCode, _) = (PortalDatabaseFixture.NewNationalCode(), 0);
        await CooperativeAsync(PortalDatabaseFixture.Zanjan, otherCooperativeManagerCode);
        foreach (var outsider in new[]
                 {
                     await fixture.NewUserAsync(),
                     await fixture.NewUserAsync(Domain.Users.Roles.CooperativeManager, nationalCode: otherCooperativeManagerCode),
                     await fixture.NewUserAsync(Domain.Users.Roles.Reviewer, PortalDatabaseFixture.Tehran),
                 })
        {
            var someone = new As(fixture, outsider);
            Assert.Equal(ErrorKind.NotFound, (await someone.Get.HandleAsync(candidacyId, default)).Kind);
            Assert.Equal(ErrorKind.NotFound, (await someone.Get.OfAssemblyAsync(assembly.Id, default)).Kind);
            Assert.Equal(ErrorKind.NotFound, (await someone.Decide.ApproveAsync(candidacyId, default)).Kind);
            Assert.Equal(ErrorKind.NotFound, (await someone.Withdraw.HandleAsync(candidacyId, default)).Kind);
        }

        // The candidate is a reviewer of the province, and a reviewer of the province manages the cooperative: neither decides.
        var own = (await new As(fixture, candidateUser).Get.HandleAsync(candidacyId, default)).Value!;
        Assert.Contains(CandidacyAction.Withdraw, own.Actions);
        Assert.DoesNotContain(CandidacyAction.Approve, own.Actions);
        Assert.DoesNotContain(CandidacyAction.Refuse, own.Actions);
        Assert.Equal(ErrorKind.NotFound, (await new As(fixture, candidateUser).Decide.ApproveAsync(candidacyId, default)).Kind);
        var managingReviewer = await fixture.NewUserAsync(Domain.Users.Roles.Reviewer, PortalDatabaseFixture.Zanjan, nationalCode: PortalDatabaseFixture.NewNationalCode());
        await using (var db = await DbAsync())
        {
            var tracked = await db.Cooperatives.Include(c => c.Officers).Include(c => c.Managers).SingleAsync(c => c.Id == cooperative.Id);
            tracked.ApplyChange(new RegistryChange(assembly.Id, J("1405/01/10"), Board: [new OfficerEntry(OfficerRole.BoardMember, "کارشناس و عضو هیئت مدیره", managingReviewer.NationalCode!, J("1405/01/10"), J("1408/01/09"))]));
            await db.SaveChangesAsync();
        }

        Assert.Equal(ErrorKind.NotFound, (await new As(fixture, managingReviewer).Decide.RefuseAsync(candidacyId, "دلیل کافی برای رد صلاحیت", default)).Kind);

        // The cooperative's manager sees the list of candidates but decides nothing.
        var list = (await new As(fixture, manager).Get.OfAssemblyAsync(assembly.Id, default)).Value!;
        Assert.Equal(candidacyId, Assert.Single(list).Id);
        Assert.Empty(list[0].Actions);
    }
}
