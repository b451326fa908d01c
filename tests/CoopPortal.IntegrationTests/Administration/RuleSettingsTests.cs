using CoopPortal.Application.Administration.Rules;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Staff;
using CoopPortal.Application.Formation.Common;
using CoopPortal.Application.Review.Escalation;
using CoopPortal.Domain.Administration;
using CoopPortal.Domain.Registry;
using CoopPortal.Domain.Users;
using CoopPortal.Infrastructure.Persistence;
using CoopPortal.IntegrationTests.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CoopPortal.IntegrationTests.Administration;

/// <summary>
/// An administrator changes the configurable rules; the next use case reads the new value through the real providers.
/// These tests share the formation portal, so every rule they change is removed again at the end.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class RuleSettingsTests(PortalDatabaseFixture fixture)
{
    private RuleSettingsHandler Handler(ICurrentUser user) => new(
        fixture.Db, new FixedUser(user), Runtime, fixture.Factory.Services.GetRequiredService<IStaffDirectory>(), TimeProvider.System);

    private IRuleSettingsRuntime Runtime => fixture.Factory.Services.GetRequiredService<IRuleSettingsRuntime>();

    private T Current<T>() where T : class => fixture.Factory.Services.GetRequiredService<IOptionsMonitor<T>>().CurrentValue;

    [Theory]
    [InlineData(Roles.Applicant)]
    [InlineData(Roles.Reviewer)]
    [InlineData(Roles.HeadOfOffice)]
    public async Task Only_an_admin_may_see_or_change_the_rules_and_nothing_is_stored_for_others(string role)
    {
        var user = await fixture.NewUserAsync(role, role == Roles.Applicant ? null : PortalDatabaseFixture.Zanjan);

        Assert.Equal(ErrorKind.Forbidden, (await Handler(user).GetAsync(default)).Kind);
        var saved = await Handler(user).SaveAsync([new RuleChange(RuleCatalog.MinimumMembers, "9")], default);

        Assert.Equal(ErrorKind.Forbidden, saved.Kind);
        Assert.Equal(RuleSettingsHandler.NotAdmin, saved.Message);
        Assert.Equal(7, (await fixture.Factory.Services.GetRequiredService<IFormationRulesProvider>().GetAsync(default)).MinimumMembers);
        await using var db = await NewContextAsync();
        Assert.False(await db.RuleSettings.AnyAsync(s => s.UpdatedByUserId == user.UserId));
        Assert.False(await db.AuditEntries.AnyAsync(a => a.ActorUserId == user.UserId));
    }

    [Fact]
    public async Task Invalid_values_are_refused_per_field_in_Persian_and_nothing_is_stored()
    {
        var admin = await fixture.NewUserAsync(Roles.Admin);
        var rules = Handler(admin);

        var result = await rules.SaveAsync(
        [
            new RuleChange(RuleCatalog.MinimumMembers, "۲"),
            new RuleChange(RuleCatalog.MaxSharePercent, "بیست"),
            new RuleChange(RuleCatalog.SlaDays, "1.5"),
            new RuleChange(RuleCatalog.BoardTermYears, "۶"),
            new RuleChange(RuleCatalog.DeclarationDueMonths, ""),
            new RuleChange(RuleCatalog.InspectorTermYears, "2"), // valid, but not stored while others fail
        ], default);

        Assert.Equal(ErrorKind.Validation, result.Kind);
        Assert.Equal(RuleSettingsHandler.OutOfRange(RuleCatalog.Find(RuleCatalog.MinimumMembers)!), Assert.Single(result.Errors[RuleCatalog.MinimumMembers]));
        Assert.Contains("از ۳ تا ۱۰۰ نفر", result.Errors[RuleCatalog.MinimumMembers][0], StringComparison.Ordinal);
        Assert.Equal(RuleSettingsHandler.NotWholeNumber(RuleCatalog.Find(RuleCatalog.MaxSharePercent)!), Assert.Single(result.Errors[RuleCatalog.MaxSharePercent]));
        Assert.Contains(RuleCatalog.SlaDays, result.Errors.Keys);
        Assert.Contains(RuleCatalog.BoardTermYears, result.Errors.Keys);
        Assert.Contains(RuleCatalog.DeclarationDueMonths, result.Errors.Keys);
        Assert.DoesNotContain(RuleCatalog.InspectorTermYears, result.Errors.Keys);

        var thresholds = await rules.SaveAsync([new RuleChange(RuleCatalog.MediumFrom, "50"), new RuleChange(RuleCatalog.HighFrom, "50")], default);
        Assert.Equal(RuleSettingsHandler.HighNotAboveMedium, Assert.Single(thresholds.Errors[RuleCatalog.HighFrom]));

        await using var db = await NewContextAsync();
        Assert.False(await db.RuleSettings.AnyAsync(s => s.UpdatedByUserId == admin.UserId));
        Assert.False(await db.AuditEntries.AnyAsync(a => a.ActorUserId == admin.UserId));
        Assert.Equal(1, Current<RegistryRules>().InspectorTermYears);
    }

    [Fact]
    public async Task An_admins_higher_minimum_of_members_stops_the_next_seven_member_application_and_lowering_it_lets_it_through()
    {
        var admin = await fixture.NewUserAsync(Roles.Admin);
        var rules = Handler(admin);
        var applicant = await fixture.NewUserAsync();
        var id = await fixture.CompleteApplicationAsync(applicant); // seven members
        try
        {
            var raised = await rules.SaveAsync([new RuleChange(RuleCatalog.MinimumMembers, "۸", Seen: 7)], default);
            Assert.True(raised.Succeeded, raised.Message);
            Assert.Equal(8, (await fixture.Factory.Services.GetRequiredService<IFormationRulesProvider>().GetAsync(default)).MinimumMembers);

            var refused = await fixture.As(applicant).Submit.HandleAsync(id, default);
            Assert.Equal(ErrorKind.Validation, refused.Kind);
            Assert.Contains("۸ عضو", Assert.Single(refused.Errors["Members.Members"]), StringComparison.Ordinal);

            var lowered = await rules.SaveAsync([new RuleChange(RuleCatalog.MinimumMembers, "7", Seen: 8)], default);
            Assert.True(lowered.Succeeded, lowered.Message);
            var submitted = await fixture.As(applicant).Submit.HandleAsync(id, default);
            Assert.True(submitted.Succeeded, submitted.Message);

            var view = (await rules.GetAsync(default)).Value!;
            var history = view.History.Where(h => h.Key == RuleCatalog.MinimumMembers).Take(2).ToList();
            Assert.Equal([("8", "7"), ("7", "8")], history.Select(h => (h.OldValue, h.NewValue)));
            Assert.All(history, h => Assert.Equal("کاربر آزمون", h.Actor));
            Assert.Contains("«حداقل تعداد اعضای تعاونی» از ۸ به ۷ نفر تغییر کرد.", history[0].Description, StringComparison.Ordinal);
            var rule = view.Rules.Single(r => r.Rule.Key == RuleCatalog.MinimumMembers);
            Assert.Equal((7, 7, true), (rule.Value, rule.DefaultValue, rule.IsOverridden));
        }
        finally
        {
            await ForgetAsync(RuleCatalog.MinimumMembers);
        }
    }

    [Fact]
    public async Task An_admins_notice_period_reaches_the_assembly_rules_and_the_longest_must_stay_above_the_shortest()
    {
        var admin = await fixture.NewUserAsync(Roles.Admin);
        var rules = Handler(admin);
        var provider = fixture.Factory.Services.GetRequiredService<Application.Assemblies.Common.IAssemblyRulesProvider>();
        try
        {
            var saved = await rules.SaveAsync([new RuleChange(RuleCatalog.MinimumNoticeDays, "۱۵"), new RuleChange(RuleCatalog.MaximumBoards, "3")], default);
            Assert.True(saved.Succeeded, saved.Message);
            Assert.Equal((15, 3), (provider.Current.MinimumNoticeDays, provider.Current.MaximumBoards));

            var inverted = await rules.SaveAsync([new RuleChange(RuleCatalog.MaximumNoticeDays, "12")], default);
            Assert.Equal(RuleSettingsHandler.MaximumNoticeNotAboveMinimum, Assert.Single(inverted.Errors[RuleCatalog.MaximumNoticeDays]));
            Assert.Equal(40, provider.Current.MaximumNoticeDays);
        }
        finally
        {
            await ForgetAsync(RuleCatalog.MinimumNoticeDays);
            await ForgetAsync(RuleCatalog.MaximumBoards);
        }

        Assert.Equal(10, provider.Current.MinimumNoticeDays);
    }

    [Fact]
    public async Task A_saved_value_is_stored_survives_a_new_context_and_feeds_every_options_section()
    {
        var admin = await fixture.NewUserAsync(Roles.Admin);
        var rules = Handler(admin);
        string[] keys = [RuleCatalog.SlaDays, RuleCatalog.DeclarationDueMonths, RuleCatalog.BoardTermYears, RuleCatalog.MaxSharePercent];
        try
        {
            var saved = await rules.SaveAsync(
            [
                new RuleChange(RuleCatalog.SlaDays, "۱۰"),
                new RuleChange(RuleCatalog.DeclarationDueMonths, "6"),
                new RuleChange(RuleCatalog.BoardTermYears, "2"),
                new RuleChange(RuleCatalog.MaxSharePercent, "30"),
                new RuleChange(RuleCatalog.InspectorTermYears, "1"), // unchanged: neither stored nor audited
            ], default);
            Assert.True(saved.Succeeded, saved.Message);

            Assert.Equal(10, Current<ReviewOptions>().SlaDays);
            Assert.Equal(6, Current<Application.Supervision.Common.SupervisionOptions>().DeclarationDueMonths);
            Assert.Equal(2, Current<RegistryRules>().BoardTermYears);
            Assert.Equal(30, Current<Domain.Formation.FormationRules>().MaxSharePercent);

            await using var db = await NewContextAsync();
            var stored = await db.RuleSettings.AsNoTracking().Where(s => s.UpdatedByUserId == admin.UserId).ToDictionaryAsync(s => s.Key, s => s.Value);
            Assert.Equal(new Dictionary<string, string> { [RuleCatalog.SlaDays] = "10", [RuleCatalog.DeclarationDueMonths] = "6", [RuleCatalog.BoardTermYears] = "2", [RuleCatalog.MaxSharePercent] = "30" }, stored);
            var audit = await db.AuditEntries.AsNoTracking().Where(a => a.ActorUserId == admin.UserId).ToListAsync();
            Assert.Equal(4, audit.Count);
            Assert.All(audit, a => Assert.Equal(AuditArea.Rules, a.Area));
            Assert.Contains(audit, a => a is { Subject: RuleCatalog.SlaDays, OldValue: "7", NewValue: "10" });

            // A stale form (it saw 7 days) is refused, and nothing changes.
            var stale = await rules.SaveAsync([new RuleChange(RuleCatalog.SlaDays, "5", Seen: 7)], default);
            Assert.Equal(ErrorKind.Conflict, stale.Kind);
            Assert.Equal(RuleSettingsHandler.ChangedMeanwhile, stale.Message);
            Assert.Equal(10, Current<ReviewOptions>().SlaDays);
        }
        finally
        {
            await ForgetAsync(keys);
        }

        Assert.Equal(7, Current<ReviewOptions>().SlaDays);
        Assert.Equal(3, Current<RegistryRules>().BoardTermYears);
    }

    [Fact]
    public async Task The_page_shows_every_rule_to_admins_only()
    {
        var admin = await fixture.SignedInClientAsync(await fixture.NewUserAsync(Roles.Admin));
        var reviewer = await fixture.SignedInClientAsync(await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Zanjan));

        var page = await admin.Http.GetStringAsync(new Uri("/admin/rules", UriKind.Relative));
        Assert.All(RuleCatalog.All, r => Assert.Contains($"id=\"{RuleCatalog.ElementId(r.Key)}\"", page, StringComparison.Ordinal));
        Assert.Contains("id=\"rule-FormationRules-MinimumMembers\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"rules-save\"", page, StringComparison.Ordinal);

        using var refused = await reviewer.Http.GetAsync(new Uri("/admin/rules", UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", refused.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    private async Task<AppDbContext> NewContextAsync() =>
        await fixture.Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();

    /// <summary>Removes the stored values so configuration applies again for the other tests of the portal.</summary>
    private async Task ForgetAsync(params string[] keys)
    {
        await using (var db = await NewContextAsync())
        {
            await db.RuleSettings.Where(s => keys.Contains(s.Key)).ExecuteDeleteAsync();
        }

        await Runtime.ReloadAsync(default);
    }

    private sealed class FixedUser(ICurrentUser user) : ICurrentUserService
    {
        public Task<ICurrentUser> GetAsync(CancellationToken cancellationToken) => Task.FromResult(user);
    }
}
