using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Registry.Common;
using CoopPortal.Application.Registry.SaveAssembly;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Registry;
using CoopPortal.Domain.Users;
using CoopPortal.Infrastructure.Persistence;
using CoopPortal.IntegrationTests.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopPortal.IntegrationTests.Registry;

/// <summary>
/// The founding assembly on a real database: recorded by the applicant after the approval, confirmed or sent back by a
/// reviewer of the province, and the cooperative it registers; who may see and decide what.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class FoundingAssemblyTests(PortalDatabaseFixture fixture)
{
    private sealed record Recorded(Guid ApplicationId, Guid AssemblyId, PortalDatabaseFixture.Handlers Applicant, CurrentUserSnapshot Owner, IReadOnlyDictionary<string, string> Members);

    /// <summary>An approved application whose assembly is filled in completely (not sent yet).</summary>
    private async Task<Recorded> RecordedAsync(string? boardMemberWithAccount = null)
    {
        var owner = await fixture.NewUserAsync();
        var applicationId = await fixture.ApprovedApplicationAsync(owner);
        var applicant = fixture.As(owner);
        var started = await applicant.StartAssembly.HandleAsync(applicationId, default);
        Assert.True(started.Succeeded, started.Message);
        Assert.Equal(started.Value, (await applicant.StartAssembly.HandleAsync(applicationId, default)).Value); // once per application
        var view = (await applicant.GetAssembly.HandleAsync(started.Value, default)).Value!;
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
        var today = PersianDigits.ToPersian(JalaliDate.Format(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(3.5))));
        var saved = await applicant.SaveAssembly.HandleAsync(started.Value, new AssemblyForm(today, view.SubscribedCapital / 2, null, officers), default);
        Assert.True(saved.Succeeded, saved.Message);
        foreach (var kind in Enum.GetValues<AssemblyFileKind>())
        {
            using var stream = new MemoryStream(PortalDatabaseFixture.SmallPdf);
            var uploaded = await applicant.UploadAssemblyFile.HandleAsync(started.Value, kind, kind + ".pdf", PortalDatabaseFixture.SmallPdf.Length, stream, default);
            Assert.True(uploaded.Succeeded, uploaded.Message);
        }

        return new Recorded(applicationId, started.Value, applicant, owner, view.Members);
    }

    [Fact]
    public async Task A_confirmed_assembly_registers_the_cooperative_with_officers_terms_and_managers()
    {
        var recorded = await RecordedAsync();
        var boardMember = recorded.Members.Keys.ElementAt(1);
        var boardMemberAccount = await fixture.NewUserAsync(nationalCode: boardMember);
        Assert.Empty((await recorded.Applicant.GetAssembly.HandleAsync(recorded.AssemblyId, default)).Value!.Problems);
        Assert.True((await recorded.Applicant.SubmitAssembly.HandleAsync(recorded.AssemblyId, default)).Succeeded);

        var reviewer = fixture.As(await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Zanjan));
        Assert.Contains(await reviewer.AssemblyQueue.HandleAsync(false, default), i => i.Id == recorded.AssemblyId);
        var confirmed = await reviewer.AssemblyReview.ConfirmAsync(recorded.AssemblyId, default);
        Assert.True(confirmed.Succeeded, confirmed.Message);

        await using var db = await fixture.Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var cooperative = await db.Cooperatives.Include(c => c.Officers).Include(c => c.Managers).SingleAsync(c => c.Id == confirmed.Value);
        Assert.Matches(@"^\d{4}-14-\d{5}$", cooperative.RegistrationNumber);
        Assert.Equal(recorded.ApplicationId, cooperative.FormationApplicationId);
        Assert.Equal(6, cooperative.Officers.Count);
        Assert.All(cooperative.Officers, o => Assert.True(o.TermEndsOn > o.TermStartsOn));
        Assert.Equal(3, cooperative.Managers.Count);

        // Its founding members are the registry's members, recorded in the same transaction (docs/features/members.md).
        var members = await db.CooperativeMembers.AsNoTracking().Where(m => m.CooperativeId == cooperative.Id).ToListAsync();
        Assert.Equal(recorded.Members.Keys.Order(), members.Select(m => m.NationalCode).Order());
        Assert.All(members, m => Assert.Equal((Domain.Cooperatives.MembershipSource.FoundingApplication, Domain.Cooperatives.MembershipStatus.Member), (m.Source, m.Status)));
        Assert.True(members.All(m => m.Shares > 0) && members.All(m => m.JoinedOn is not null));

        // The applicant (CEO) and the board member with an account now manage it; both were told.
        var mine = await recorded.Applicant.Cooperatives.MineAsync(default);
        Assert.Contains(mine, c => c.Id == cooperative.Id);
        Assert.Contains(await fixture.As(boardMemberAccount).Cooperatives.MineAsync(default), c => c.Id == cooperative.Id);
        Assert.True(await db.Notifications.AnyAsync(n => n.UserId == boardMemberAccount.UserId && n.Link == $"cooperatives/{cooperative.Id}"));
        Assert.True(await db.Notifications.AnyAsync(n => n.UserId == recorded.Owner.UserId && n.Link == $"cooperatives/{cooperative.Id}"));
        // The registration number is a code: Latin digits, isolated left to right in the sentence (docs/glossary.md).
        var told = await db.Notifications.FirstAsync(n => n.UserId == recorded.Owner.UserId && n.Link == $"cooperatives/{cooperative.Id}");
        Assert.Contains($"با شماره ثبت \u2066{cooperative.RegistrationNumber}\u2069 ثبت شد", told.Body, StringComparison.Ordinal);

        var view = (await recorded.Applicant.GetAssembly.HandleAsync(recorded.AssemblyId, default)).Value!;
        Assert.Equal(AssemblyStatus.Confirmed, view.Status);
        Assert.Equal(cooperative.RegistrationNumber, view.RegistrationNumber);
        Assert.False(view.CanEdit);
        Assert.Equal([AssemblyAction.Submit, AssemblyAction.Confirm], await db.Set<AssemblyEvent>().Where(e => EF.Property<Guid>(e, "AssemblyId") == recorded.AssemblyId).OrderBy(e => e.AtUtc).Select(e => e.Action).ToListAsync());

        var again = await reviewer.AssemblyReview.ConfirmAsync(recorded.AssemblyId, default);
        Assert.Equal(ErrorKind.Conflict, again.Kind);
    }

    [Fact]
    public async Task Terms_changed_by_an_admin_in_the_RuleSettings_are_used_by_the_next_confirmation()
    {
        var recorded = await RecordedAsync();
        Assert.True((await recorded.Applicant.SubmitAssembly.HandleAsync(recorded.AssemblyId, default)).Succeeded);
        var admin = await fixture.NewUserAsync(Roles.Admin);
        var rules = new Application.Administration.Rules.RuleSettingsHandler(fixture.Db, new AdminUser(admin),
            fixture.Factory.Services.GetRequiredService<Application.Administration.Rules.IRuleSettingsRuntime>(),
            fixture.Factory.Services.GetRequiredService<Application.Common.Staff.IStaffDirectory>(), TimeProvider.System);
        string[] keys = [Application.Administration.Rules.RuleCatalog.BoardTermYears, Application.Administration.Rules.RuleCatalog.InspectorTermYears];
        try
        {
            var saved = await rules.SaveAsync([new(keys[0], "۲"), new(keys[1], "۳")], default);
            Assert.True(saved.Succeeded, saved.Message);

            var reviewer = fixture.As(await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Zanjan));
            var confirmed = await reviewer.AssemblyReview.ConfirmAsync(recorded.AssemblyId, default);
            Assert.True(confirmed.Succeeded, confirmed.Message);

            await using var db = await fixture.Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
            var officers = (await db.Cooperatives.Include(c => c.Officers).SingleAsync(c => c.Id == confirmed.Value)).Officers;
            var board = officers.First(o => o.Role == OfficerRole.BoardMember);
            Assert.Equal(RegistryRules.TermEnd(board.TermStartsOn!.Value, 2), board.TermEndsOn);
            var inspector = officers.Single(o => o.Role == OfficerRole.Inspector);
            Assert.Equal(RegistryRules.TermEnd(inspector.TermStartsOn!.Value, 3), inspector.TermEndsOn);
        }
        finally
        {
            await using (var db = await fixture.Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
            {
                await db.RuleSettings.Where(s => keys.Contains(s.Key)).ExecuteDeleteAsync();
            }

            await fixture.Factory.Services.GetRequiredService<Application.Administration.Rules.IRuleSettingsRuntime>().ReloadAsync(default);
        }
    }

    private sealed class AdminUser(ICurrentUser user) : ICurrentUserService
    {
        public Task<ICurrentUser> GetAsync(CancellationToken cancellationToken) => Task.FromResult(user);
    }

    [Fact]
    public async Task Registration_numbers_follow_each_other_without_gaps_in_a_province()
    {
        var first = await RecordedAsync();
        var second = await RecordedAsync();
        var reviewer = fixture.As(await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Zanjan));
        var numbers = new List<string>();
        foreach (var recorded in new[] { first, second })
        {
            Assert.True((await recorded.Applicant.SubmitAssembly.HandleAsync(recorded.AssemblyId, default)).Succeeded);
            var id = (await reviewer.AssemblyReview.ConfirmAsync(recorded.AssemblyId, default)).Value;
            numbers.Add((await reviewer.Cooperatives.GetAsync(id, default)).Value!.RegistrationNumber!);
        }

        Assert.Equal(int.Parse(numbers[0][^5..], System.Globalization.CultureInfo.InvariantCulture) + 1, int.Parse(numbers[1][^5..], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Sent_back_with_a_comment_the_applicant_corrects_and_sends_again()
    {
        var recorded = await RecordedAsync();
        Assert.True((await recorded.Applicant.SubmitAssembly.HandleAsync(recorded.AssemblyId, default)).Succeeded);
        Assert.Equal(ErrorKind.Conflict, (await recorded.Applicant.SaveAssembly.HandleAsync(recorded.AssemblyId, new AssemblyForm(null, 1, null, []), default)).Kind);

        var reviewer = fixture.As(await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Zanjan));
        var empty = await reviewer.AssemblyReview.SendBackAsync(recorded.AssemblyId, "  ", default);
        Assert.Equal(ErrorKind.Conflict, empty.Kind);
        Assert.True((await reviewer.AssemblyReview.SendBackAsync(recorded.AssemblyId, "گواهی بانکی خوانا نیست؛ دوباره بارگذاری کنید.", default)).Succeeded);

        var view = (await recorded.Applicant.GetAssembly.HandleAsync(recorded.AssemblyId, default)).Value!;
        Assert.Equal(AssemblyStatus.ReturnedForCorrection, view.Status);
        Assert.Equal("گواهی بانکی خوانا نیست؛ دوباره بارگذاری کنید.", view.ReturnComment);
        Assert.True(view.CanEdit);
        var bank = view.Files.Single(f => f.Kind == nameof(AssemblyFileKind.BankCertificate));
        Assert.True((await recorded.Applicant.RemoveAssemblyFile.HandleAsync(recorded.AssemblyId, bank.Id, default)).Succeeded);
        var missing = await recorded.Applicant.SubmitAssembly.HandleAsync(recorded.AssemblyId, default);
        Assert.Equal(ErrorKind.Validation, missing.Kind);
        Assert.Contains("Files.BankCertificate", missing.Errors.Keys);

        using var stream = new MemoryStream(PortalDatabaseFixture.SmallPdf);
        Assert.True((await recorded.Applicant.UploadAssemblyFile.HandleAsync(recorded.AssemblyId, AssemblyFileKind.BankCertificate, "bank.pdf", PortalDatabaseFixture.SmallPdf.Length, stream, default)).Succeeded);
        Assert.True((await recorded.Applicant.SubmitAssembly.HandleAsync(recorded.AssemblyId, default)).Succeeded);
        Assert.Equal(AssemblyStatus.Submitted, (await reviewer.GetAssembly.HandleAsync(recorded.AssemblyId, default)).Value!.Status);
    }

    [Fact]
    public async Task An_incomplete_assembly_comes_back_with_every_problem_by_field_and_keeps_what_was_typed()
    {
        var owner = await fixture.NewUserAsync();
        var applicationId = await fixture.ApprovedApplicationAsync(owner);
        var applicant = fixture.As(owner);
        var id = (await applicant.StartAssembly.HandleAsync(applicationId, default)).Value;
        var badDate = await applicant.SaveAssembly.HandleAsync(id, new AssemblyForm("۱۴۰۵/۱۳/۴۰", 5, null, []), default);
        Assert.Equal(ErrorKind.Validation, badDate.Kind);
        Assert.Equal(SaveAssemblyHandler.InvalidDate, badDate.Errors["HeldOn"][0]);

        Assert.True((await applicant.SaveAssembly.HandleAsync(id, new AssemblyForm(null, 5, "123", [new(OfficerRole.BoardMember, "نفر اول", "۰۰۱۲۳")]), default)).Succeeded);
        var submitted = await applicant.SubmitAssembly.HandleAsync(id, default);
        Assert.Equal(ErrorKind.Validation, submitted.Kind);
        Assert.Superset(new HashSet<string> { "HeldOn", "CapitalPaid", "CompanyNationalId", "Board", "Inspectors", "Ceo", "Officers[0].NationalCode", "Files.Minutes" }, submitted.Errors.Keys.ToHashSet());
        var view = (await applicant.GetAssembly.HandleAsync(id, default)).Value!;
        Assert.Equal(5, view.CapitalPaid);
        Assert.Equal("123", view.CompanyNationalId);
        Assert.Equal("00123", view.Officers.Single().NationalCode);
        Assert.Equal(AssemblyStatus.Draft, view.Status);
    }

    [Fact]
    public async Task Nobody_else_sees_or_decides_and_a_draft_stays_with_its_applicant()
    {
        var recorded = await RecordedAsync();
        var stranger = fixture.As(await fixture.NewUserAsync());
        var zanjanReviewer = fixture.As(await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Zanjan));
        var tehranReviewer = fixture.As(await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Tehran));
        var tehranHead = fixture.As(await fixture.NewUserAsync(Roles.HeadOfOffice, PortalDatabaseFixture.Tehran));

        // A draft: only its applicant.
        Assert.Equal(ErrorKind.NotFound, (await zanjanReviewer.GetAssembly.HandleAsync(recorded.AssemblyId, default)).Kind);
        Assert.Equal(ErrorKind.NotFound, (await stranger.StartAssembly.HandleAsync(recorded.ApplicationId, default)).Kind);
        Assert.Equal(ErrorKind.NotFound, (await stranger.SaveAssembly.HandleAsync(recorded.AssemblyId, new AssemblyForm(null, 1, null, []), default)).Kind);
        var fileId = (await recorded.Applicant.GetAssembly.HandleAsync(recorded.AssemblyId, default)).Value!.Files[0].Id;
        Assert.Equal(ErrorKind.NotFound, (await stranger.DownloadAssemblyFile.HandleAsync(recorded.AssemblyId, fileId, default)).Kind);

        Assert.True((await recorded.Applicant.SubmitAssembly.HandleAsync(recorded.AssemblyId, default)).Succeeded);
        foreach (var outsider in new[] { stranger, tehranReviewer, tehranHead })
        {
            Assert.Equal(ErrorKind.NotFound, (await outsider.GetAssembly.HandleAsync(recorded.AssemblyId, default)).Kind);
            Assert.Equal(ErrorKind.NotFound, (await outsider.AssemblyReview.ConfirmAsync(recorded.AssemblyId, default)).Kind);
            Assert.Equal(ErrorKind.NotFound, (await outsider.AssemblyReview.SendBackAsync(recorded.AssemblyId, "دلیل کافی", default)).Kind);
            Assert.DoesNotContain(await outsider.AssemblyQueue.HandleAsync(true, default), i => i.Id == recorded.AssemblyId);
        }

        // The applicant cannot confirm their own assembly; the Zanjan reviewer sees it and its files.
        Assert.Equal(ErrorKind.NotFound, (await recorded.Applicant.AssemblyReview.ConfirmAsync(recorded.AssemblyId, default)).Kind);
        Assert.True((await zanjanReviewer.DownloadAssemblyFile.HandleAsync(recorded.AssemblyId, fileId, default)).Succeeded);
        Assert.True((await zanjanReviewer.GetAssembly.HandleAsync(recorded.AssemblyId, default)).Value!.CanReview);
    }

    [Fact]
    public async Task Two_reviewers_confirming_at_once_register_one_cooperative()
    {
        var recorded = await RecordedAsync();
        Assert.True((await recorded.Applicant.SubmitAssembly.HandleAsync(recorded.AssemblyId, default)).Succeeded);
        var first = fixture.As(await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Zanjan));
        var second = fixture.As(await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Zanjan));
        var results = await Task.WhenAll(first.AssemblyReview.ConfirmAsync(recorded.AssemblyId, default), second.AssemblyReview.ConfirmAsync(recorded.AssemblyId, default));
        Assert.Single(results, r => r.Succeeded);
        Assert.Single(results, r => r.Kind == ErrorKind.Conflict);
        await using var db = await fixture.Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        Assert.Equal(1, await db.Cooperatives.CountAsync(c => c.FormationApplicationId == recorded.ApplicationId));
    }
}
