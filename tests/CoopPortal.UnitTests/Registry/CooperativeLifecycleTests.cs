using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Registry.Lifecycle;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Users;
using CoopPortal.Testing;

namespace CoopPortal.UnitTests.Registry;

/// <summary>
/// A cooperative's life (issue 21, point 3): every (status, step) pair against a table written out here by hand,
/// independently of <see cref="CooperativeLifecycle.Machine"/>, with who takes each step; every other pair refused with
/// a Persian reason and nothing recorded; each step audited in the status history.
/// </summary>
public sealed class CooperativeLifecycleTests
{
    private const string Office = CaseActors.Office;
    private const string Head = Roles.HeadOfOffice;
    private static readonly DateTime Now = new(2026, 6, 1, 8, 0, 0, DateTimeKind.Utc);

    private static readonly Dictionary<(CooperativeStatus From, CooperativeStatusAction Action), (CooperativeStatus To, string Actor)> Expected = new()
    {
        [(CooperativeStatus.Active, CooperativeStatusAction.OpenDormancyCase)] = (CooperativeStatus.DormancyCaseOpen, Office),
        [(CooperativeStatus.DormancyCaseOpen, CooperativeStatusAction.Revive)] = (CooperativeStatus.Active, Office),
        [(CooperativeStatus.DormancyCaseOpen, CooperativeStatusAction.CloseDormancyCase)] = (CooperativeStatus.Active, Head),
        [(CooperativeStatus.DormancyCaseOpen, CooperativeStatusAction.PursueDissolution)] = (CooperativeStatus.Dissolved, Head),
        [(CooperativeStatus.Active, CooperativeStatusAction.ResolveDissolution)] = (CooperativeStatus.InLiquidation, Office),
        [(CooperativeStatus.Dissolved, CooperativeStatusAction.StartLiquidation)] = (CooperativeStatus.InLiquidation, Office),
        [(CooperativeStatus.InLiquidation, CooperativeStatusAction.StrikeOff)] = (CooperativeStatus.StruckOff, Head),
    };

    public static TheoryData<CooperativeStatus, CooperativeStatusAction> AllPairs()
    {
        var data = new TheoryData<CooperativeStatus, CooperativeStatusAction>();
        foreach (var status in Enum.GetValues<CooperativeStatus>())
        {
            foreach (var action in Enum.GetValues<CooperativeStatusAction>())
            {
                data.Add(status, action);
            }
        }

        return data;
    }

    private static bool HasPersianLetter(string? text) => text is not null && text.Any(c => c is >= '\u0600' and <= '\u06FF');

    private static Cooperative NewCooperative(string? managerCode = null)
    {
        var cooperative = Cooperative.Import(new ImportedCooperative(
            "تعاونی آزمون چرخه", TestNumbers.RegistrationNumber(), new DateOnly(2020, 1, 1), null, 14, null, null, 10, 100_000_000, managerCode ?? TestNationalCodes.Next(), "مدیر آزمون", null), Now.AddYears(-5));
        return cooperative;
    }

    /// <summary>Walks the cooperative to <paramref name="status"/> by the table (the shortest way there).</summary>
    private static Cooperative In(CooperativeStatus status)
    {
        var cooperative = NewCooperative();
        CooperativeStatusAction[] steps = status switch
        {
            CooperativeStatus.Active => [],
            CooperativeStatus.DormancyCaseOpen => [CooperativeStatusAction.OpenDormancyCase],
            CooperativeStatus.Dissolved => [CooperativeStatusAction.OpenDormancyCase, CooperativeStatusAction.PursueDissolution],
            CooperativeStatus.InLiquidation => [CooperativeStatusAction.ResolveDissolution],
            _ => [CooperativeStatusAction.ResolveDissolution, CooperativeStatusAction.StrikeOff],
        };
        var at = Now;
        foreach (var step in steps)
        {
            at = at.AddDays(1);
            cooperative.ChangeStatus(step, "staff-" + step, "دلیل آزمون", "ماده ۵۴ قانون بخش تعاونی", at);
        }

        cooperative.TakeDomainEvents();
        return cooperative;
    }

    [Fact]
    public void The_expected_table_has_seven_steps_and_all_pairs_are_covered()
    {
        Assert.Equal(7, Expected.Count);
        Assert.Equal(35, AllPairs().Count); // 5 statuses × 7 steps
    }

    [Fact]
    public void The_published_table_is_the_expected_one_with_its_actors()
    {
        Assert.Equal(
            Expected.OrderBy(p => p.Key.From).ThenBy(p => p.Key.Action).Select(p => (p.Key.From, p.Key.Action, p.Value.To, p.Value.Actor)),
            CooperativeLifecycle.Machine.Transitions.OrderBy(t => t.From).ThenBy(t => t.Action).Select(t => (t.From, t.Action, t.To, t.Actor)));
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void Every_pair_moves_by_the_table_or_is_refused_in_persian_and_recorded_only_when_taken(CooperativeStatus from, CooperativeStatusAction action)
    {
        var cooperative = In(from);
        var before = cooperative.StatusEvents.Count;
        if (Expected.TryGetValue((from, action), out var row))
        {
            cooperative.ChangeStatus(action, "staff-x", "دلیل", "ماده ۵۴", Now.AddDays(30));
            Assert.Equal(row.To, cooperative.Status);
            var line = cooperative.StatusEvents[^1];
            Assert.Equal((from, action, row.To, "staff-x"), (line.FromStatus, line.Action, line.ToStatus, line.ActorUserId));
            Assert.Equal(Now.AddDays(30), line.AtUtc);
            var raised = Assert.IsType<CooperativeStatusChanged>(Assert.Single(cooperative.TakeDomainEvents()));
            Assert.Equal((from, row.To), (raised.From, raised.To));
        }
        else
        {
            var refused = Assert.Throws<DomainException>(() => cooperative.ChangeStatus(action, "staff-x", "دلیل", "ماده ۵۴", Now.AddDays(30)));
            Assert.True(HasPersianLetter(refused.Message), refused.Message);
            Assert.Equal(from, cooperative.Status);
            Assert.Equal(before, cooperative.StatusEvents.Count);
            Assert.Empty(cooperative.TakeDomainEvents());
        }
    }

    [Fact]
    public void A_cooperative_starts_active_with_no_history_and_struck_off_is_final()
    {
        var cooperative = NewCooperative();
        Assert.Equal(CooperativeStatus.Active, cooperative.Status);
        Assert.Empty(cooperative.StatusEvents);
        Assert.Empty(CooperativeLifecycle.Machine.ActionsFrom(CooperativeStatus.StruckOff, _ => true));
    }

    [Fact]
    public void Dissolution_needs_its_legal_ground_and_a_closure_its_reason()
    {
        var cooperative = In(CooperativeStatus.DormancyCaseOpen);
        Assert.Contains("مبنای قانونی", Assert.Throws<DomainException>(() => cooperative.ChangeStatus(CooperativeStatusAction.PursueDissolution, "head", "پاسخی نداد", "  ", Now)).Message);
        Assert.Contains("دلیل", Assert.Throws<DomainException>(() => cooperative.ChangeStatus(CooperativeStatusAction.CloseDormancyCase, "head", null, null, Now)).Message);
        Assert.Equal(CooperativeStatus.DormancyCaseOpen, cooperative.Status);

        cooperative.ChangeStatus(CooperativeStatusAction.PursueDissolution, "head", "پاسخی نداد", "ماده ۵۴ قانون بخش تعاونی", Now.AddDays(40));
        var line = cooperative.StatusEvents[^1];
        Assert.Equal(("پاسخی نداد", "ماده ۵۴ قانون بخش تعاونی"), (line.Comment, line.LegalGround));
    }

    [Theory]
    [InlineData(CooperativeStatus.Active, true)]
    [InlineData(CooperativeStatus.DormancyCaseOpen, true)]
    [InlineData(CooperativeStatus.Dissolved, false)]
    [InlineData(CooperativeStatus.InLiquidation, false)]
    [InlineData(CooperativeStatus.StruckOff, false)]
    public void Only_a_living_cooperative_files_declarations(CooperativeStatus status, bool files)
    {
        Assert.Equal(files, CooperativeLifecycle.FilesDeclarations(status));
        Assert.Equal(files, CooperativeLifecycle.DeclarationRefusal(status) is null);
        Assert.Equal(files, CooperativeStatusText.EndOfLifeNotice(status) is null);
    }

    [Fact]
    public void Every_status_and_step_has_a_distinct_persian_title()
    {
        Assert.All(Enum.GetValues<CooperativeStatus>(), s => Assert.True(HasPersianLetter(CooperativeStatusText.Title(s)), s.ToString()));
        Assert.Equal(5, Enum.GetValues<CooperativeStatus>().Select(CooperativeStatusText.Title).Distinct().Count());
        Assert.All(Enum.GetValues<CooperativeStatusAction>(), a => Assert.True(HasPersianLetter(CooperativeStatusText.ActionTitle(a)), a.ToString()));
        Assert.Equal(7, Enum.GetValues<CooperativeStatusAction>().Select(CooperativeStatusText.ActionTitle).Distinct().Count());
    }

    private static CurrentUserSnapshot Staff(string id, string role, int province = 14) => new(id, new HashSet<string> { role }, province);

    [Fact]
    public void The_reviewer_opens_the_case_the_head_decides_and_who_opened_it_does_not_decide_its_dissolution()
    {
        var reviewer = Staff("reviewer-1", Roles.Reviewer);
        var head = Staff("head-1", Roles.HeadOfOffice);
        var active = NewCooperative();
        Assert.Equal([CooperativeStatusAction.OpenDormancyCase, CooperativeStatusAction.ResolveDissolution], CooperativeLifecycleAccess.OpenActions(active, reviewer));
        Assert.Empty(CooperativeLifecycleAccess.OpenActions(active, Staff("reviewer-other", Roles.Reviewer, province: 1)));
        Assert.Equal(CooperativeLifecycleAccess.StaffOnly, CooperativeLifecycleAccess.Refusal(active, CooperativeStatusAction.OpenDormancyCase, Staff("citizen", Roles.Applicant)));

        active.ChangeStatus(CooperativeStatusAction.OpenDormancyCase, head.UserId!, null, null, Now);
        Assert.Equal(CooperativeLifecycleAccess.HeadOnly, CooperativeLifecycleAccess.Refusal(active, CooperativeStatusAction.PursueDissolution, reviewer));
        Assert.Equal(SeparationOfDuties.EarlierStep, CooperativeLifecycleAccess.Refusal(active, CooperativeStatusAction.PursueDissolution, head));
        Assert.Null(CooperativeLifecycleAccess.Refusal(active, CooperativeStatusAction.PursueDissolution, Staff("head-2", Roles.HeadOfOffice)));

        // A later case is a new episode: the opener of an old one may decide it.
        active.ChangeStatus(CooperativeStatusAction.Revive, reviewer.UserId!, null, null, Now.AddDays(1));
        active.ChangeStatus(CooperativeStatusAction.OpenDormancyCase, reviewer.UserId!, null, null, Now.AddDays(2));
        Assert.Null(CooperativeLifecycleAccess.Refusal(active, CooperativeStatusAction.PursueDissolution, head));
    }

    [Fact]
    public void A_manager_of_the_cooperative_takes_no_step_of_its_life()
    {
        var code = TestNationalCodes.Next();
        var cooperative = NewCooperative(code);
        var managerHead = new CurrentUserSnapshot("head-manager", new HashSet<string> { Roles.HeadOfOffice, Roles.Reviewer }, 14) { NationalCode = code };
        Assert.Equal(SeparationOfDuties.OwnCase, CooperativeLifecycleAccess.Refusal(cooperative, CooperativeStatusAction.OpenDormancyCase, managerHead));
    }
}
