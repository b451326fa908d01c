using CoopPortal.Domain.Common;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Dormancy;
using CoopPortal.Domain.Users;
using CoopPortal.Testing;

namespace CoopPortal.UnitTests.Dormancy;

/// <summary>
/// The dormancy case's table (issue 21, point 1): every (status, action) pair against a table written out here by hand,
/// with who takes each step; every other pair refused with a Persian reason and nothing recorded; the guards of the
/// decisions (revival earned, dissolution after the deadline or a refusal, a reason to close) and the escalation mark.
/// </summary>
public sealed class DormancyCaseTests
{
    private const string Office = CaseActors.Office;
    private const string Head = Roles.HeadOfOffice;
    private const string Owner = CaseActors.Owner;
    private static readonly DateTime Now = new(2026, 6, 1, 8, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = new(2026, 6, 1);

    private static readonly Dictionary<(DormancyStatus From, DormancyAction Action), (DormancyStatus To, string Actor)> Expected = new()
    {
        [(DormancyStatus.None, DormancyAction.Open)] = (DormancyStatus.AwaitingAnswer, Office),
        [(DormancyStatus.AwaitingAnswer, DormancyAction.Answer)] = (DormancyStatus.Answered, Owner),
        [(DormancyStatus.AwaitingAnswer, DormancyAction.Revive)] = (DormancyStatus.Revived, Office),
        [(DormancyStatus.Answered, DormancyAction.Revive)] = (DormancyStatus.Revived, Office),
        [(DormancyStatus.AwaitingAnswer, DormancyAction.PursueDissolution)] = (DormancyStatus.DissolutionPursued, Head),
        [(DormancyStatus.Answered, DormancyAction.PursueDissolution)] = (DormancyStatus.DissolutionPursued, Head),
        [(DormancyStatus.AwaitingAnswer, DormancyAction.Close)] = (DormancyStatus.Closed, Head),
        [(DormancyStatus.Answered, DormancyAction.Close)] = (DormancyStatus.Closed, Head),
    };

    private static readonly RevivalFacts Earned = new([1402, 1403], [1402, 1403], new DateOnly(2026, 7, 1));

    public static TheoryData<DormancyStatus, DormancyAction> AllPairs()
    {
        var data = new TheoryData<DormancyStatus, DormancyAction>();
        foreach (var status in Enum.GetValues<DormancyStatus>())
        {
            foreach (var action in Enum.GetValues<DormancyAction>())
            {
                data.Add(status, action);
            }
        }

        return data;
    }

    private static bool HasPersianLetter(string? text) => text is not null && text.Any(c => c is >= '\u0600' and <= '\u06FF');

    private static Cooperative NewCooperative() => Cooperative.Import(new ImportedCooperative(
        "تعاونی آزمون رکود", TestNumbers.RegistrationNumber(), new DateOnly(2018, 1, 1), null, 14, null, null, 10, 100_000_000, TestNationalCodes.Next(), "مدیر آزمون", null), Now.AddYears(-8));

    private static DormancyCase Opened() => DormancyCase.Open(NewCooperative(), [1403, 1402], 60, "reviewer", Today, Now);

    /// <summary>Walks a case to <paramref name="status"/> by the table.</summary>
    private static DormancyCase In(DormancyStatus status)
    {
        var dormancyCase = Opened();
        switch (status)
        {
            case DormancyStatus.Answered:
                dormancyCase.AnswerNotice(DormancyAnswerKind.Refusing, "ادامه نمی‌دهیم", null, "manager", Now.AddDays(1));
                break;
            case DormancyStatus.Revived:
                dormancyCase.Revive(Earned, "reviewer-2", Now.AddDays(2));
                break;
            case DormancyStatus.DissolutionPursued:
                dormancyCase.PursueDissolution(DissolutionGround.NoAnswer, "مهلت گذشت", "head", Today.AddDays(61), Now.AddDays(61));
                break;
            case DormancyStatus.Closed:
                dormancyCase.Close("تعاونی در دست بررسی دادگاه است", "head", Now.AddDays(2));
                break;
        }

        dormancyCase.TakeDomainEvents();
        return dormancyCase;
    }

    [Fact]
    public void The_table_is_exactly_the_expected_rows()
    {
        Assert.Equal(Expected.Count, DormancyCase.Workflow.Transitions.Count);
        foreach (var row in DormancyCase.Workflow.Transitions)
        {
            Assert.True(Expected.TryGetValue((row.From, row.Action), out var expected), $"{row.From} {row.Action} is not expected");
            Assert.Equal(expected.To, row.To);
            Assert.Equal(expected.Actor, row.Actor);
        }
    }

    [Fact]
    public void Only_pursuing_dissolution_is_kept_from_whoever_opened_the_case()
    {
        foreach (var row in DormancyCase.Workflow.Transitions)
        {
            var notBy = row.NotBy ?? [];
            Assert.Equal(row.Action == DormancyAction.PursueDissolution ? [DormancyAction.Open] : [], notBy);
        }
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void Every_pair_is_allowed_by_the_table_or_refused_in_Persian(DormancyStatus from, DormancyAction action)
    {
        var (to, refusal) = DormancyCase.Workflow.Next(from, action);
        if (Expected.TryGetValue((from, action), out var expected))
        {
            Assert.Equal(expected.To, to);
            Assert.Null(refusal);
        }
        else
        {
            Assert.Null(to);
            Assert.True(HasPersianLetter(refusal), $"{from} {action}: {refusal}");
        }
    }

    [Theory]
    [InlineData(DormancyStatus.Revived)]
    [InlineData(DormancyStatus.DissolutionPursued)]
    [InlineData(DormancyStatus.Closed)]
    public void An_ended_case_takes_no_step_and_records_nothing(DormancyStatus status)
    {
        var dormancyCase = In(status);
        var lines = dormancyCase.Events.Count;
        Assert.Throws<DomainException>(() => dormancyCase.AnswerNotice(DormancyAnswerKind.Reviving, "احیا می‌کنیم", null, "manager", Now.AddDays(70)));
        Assert.Throws<DomainException>(() => dormancyCase.Revive(Earned, "reviewer-2", Now.AddDays(70)));
        Assert.Throws<DomainException>(() => dormancyCase.Close("دلیل", "head", Now.AddDays(70)));
        Assert.Throws<DomainException>(() => dormancyCase.PursueDissolution(DissolutionGround.Article54, "ماده ۵۴", "head", Today.AddDays(90), Now.AddDays(90)));
        Assert.Equal(status, dormancyCase.Status);
        Assert.Equal(lines, dormancyCase.Events.Count);
        Assert.Empty(dormancyCase.TakeDomainEvents());
    }

    [Fact]
    public void Opening_sets_the_deadline_the_owed_years_and_one_public_history_line()
    {
        var dormancyCase = Opened();
        Assert.Equal(DormancyStatus.AwaitingAnswer, dormancyCase.Status);
        Assert.Equal(Today.AddDays(60), dormancyCase.DeadlineOn);
        Assert.Equal([1402, 1403], dormancyCase.OwedYears);
        var line = Assert.Single(dormancyCase.Events);
        Assert.Equal(DormancyAction.Open, line.Action);
        Assert.True(line.IsPublic);
        Assert.IsType<DormancyStepTaken>(Assert.Single(dormancyCase.TakeDomainEvents()));
    }

    [Fact]
    public void The_managers_answer_once_and_an_empty_answer_is_refused()
    {
        var dormancyCase = Opened();
        var empty = Assert.Throws<DomainException>(() => dormancyCase.AnswerNotice(DormancyAnswerKind.Reviving, "  ", null, "manager", Now));
        Assert.Equal(DormancyCase.AnswerRequired, empty.Message);
        dormancyCase.AnswerNotice(DormancyAnswerKind.Reviving, "مجمع را برگزار می‌کنیم", null, "manager", Now.AddDays(1));
        Assert.Equal(DormancyStatus.Answered, dormancyCase.Status);
        Assert.Equal(DormancyAnswerKind.Reviving, dormancyCase.Answer);
        var again = Assert.Throws<DomainException>(() => dormancyCase.AnswerNotice(DormancyAnswerKind.Refusing, "نه", null, "manager", Now.AddDays(2)));
        Assert.True(HasPersianLetter(again.Message));
    }

    [Fact]
    public void Revival_is_refused_until_every_rule_is_met()
    {
        var dormancyCase = Opened();
        var noAssembly = Assert.Throws<DomainException>(() => dormancyCase.Revive(Earned with { OrdinaryAssemblyHeldOn = null }, "reviewer-2", Now));
        Assert.Equal(RevivalRules.NotEarned, noAssembly.Message);
        Assert.Throws<DomainException>(() => dormancyCase.Revive(Earned with { FiledYears = [1403] }, "reviewer-2", Now));
        Assert.Equal(DormancyStatus.AwaitingAnswer, dormancyCase.Status);
        dormancyCase.Revive(Earned, "reviewer-2", Now.AddDays(3));
        Assert.Equal(DormancyStatus.Revived, dormancyCase.Status);
    }

    [Fact]
    public void Dissolution_waits_for_the_deadline_unless_the_managers_refused()
    {
        var waiting = Opened();
        var early = Assert.Throws<DomainException>(() => waiting.PursueDissolution(DissolutionGround.Article54, "ماده ۵۴", "head", Today.AddDays(60), Now.AddDays(60)));
        Assert.Equal(DormancyCase.DeadlineNotPassed, early.Message);
        waiting.PursueDissolution(DissolutionGround.NoAnswer, "پاسخی نرسید", "head", Today.AddDays(61), Now.AddDays(61));
        Assert.Equal(DormancyStatus.DissolutionPursued, waiting.Status);
        Assert.Equal("پاسخ ندادن در مهلت اخطاریه: پاسخی نرسید", waiting.LegalGroundLine);

        var reviving = Opened();
        reviving.AnswerNotice(DormancyAnswerKind.Reviving, "احیا می‌کنیم", null, "manager", Now.AddDays(1));
        Assert.Throws<DomainException>(() => reviving.PursueDissolution(DissolutionGround.Article54, "ماده ۵۴", "head", Today.AddDays(2), Now.AddDays(2)));

        var refused = Opened();
        refused.AnswerNotice(DormancyAnswerKind.Refusing, "ادامه نمی‌دهیم", null, "manager", Now.AddDays(1));
        var noText = Assert.Throws<DomainException>(() => refused.PursueDissolution(DissolutionGround.ManagersRefused, " ", "head", Today.AddDays(2), Now.AddDays(2)));
        Assert.Equal(DormancyCase.GroundTextRequired, noText.Message);
        refused.PursueDissolution(DissolutionGround.ManagersRefused, "مدیران امتناع کردند", "head", Today.AddDays(2), Now.AddDays(2));
        Assert.Equal(DormancyStatus.DissolutionPursued, refused.Status);
        Assert.Equal(DissolutionGround.ManagersRefused, refused.Ground);
    }

    [Fact]
    public void Closing_needs_a_reason()
    {
        var dormancyCase = Opened();
        var refused = Assert.Throws<DomainException>(() => dormancyCase.Close("", "head", Now));
        Assert.Equal(DormancyCase.ReasonRequired, refused.Message);
        dormancyCase.Close("تعاونی فعال است و خوداظهاری کاغذی داده است", "head", Now.AddDays(1));
        Assert.Equal(DormancyStatus.Closed, dormancyCase.Status);
        Assert.Equal("تعاونی فعال است و خوداظهاری کاغذی داده است", dormancyCase.DecisionText);
    }

    [Fact]
    public void Escalation_is_due_once_after_the_deadline_and_only_while_open()
    {
        var dormancyCase = Opened();
        dormancyCase.TakeDomainEvents();
        Assert.False(dormancyCase.IsEscalationDue(Today.AddDays(60)));
        dormancyCase.MarkEscalated(Today.AddDays(60), Now.AddDays(60));
        Assert.Empty(dormancyCase.TakeDomainEvents());

        Assert.True(dormancyCase.IsEscalationDue(Today.AddDays(61)));
        dormancyCase.MarkEscalated(Today.AddDays(61), Now.AddDays(61));
        Assert.IsType<DormancyCaseEscalated>(Assert.Single(dormancyCase.TakeDomainEvents()));
        dormancyCase.MarkEscalated(Today.AddDays(62), Now.AddDays(62));
        Assert.Empty(dormancyCase.TakeDomainEvents());
        Assert.False(dormancyCase.IsEscalationDue(Today.AddDays(62)));

        Assert.False(In(DormancyStatus.Closed).IsEscalationDue(Today.AddDays(90)));
    }

    [Fact]
    public void The_managers_are_the_cases_parties_and_no_one_files_it()
    {
        var parties = Opened().PartiesWith(["0012345678"]);
        Assert.Null(parties.FiledByUserId);
        Assert.Contains("0012345678", parties.MemberNationalCodes);
        Assert.Equal(new CaseStep(nameof(DormancyAction.Open), "reviewer"), Assert.Single(parties.Steps));
    }
}
