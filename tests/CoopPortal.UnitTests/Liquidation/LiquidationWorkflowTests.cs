using CoopPortal.Domain.Common;
using CoopPortal.Domain.Liquidation;
using CoopPortal.Domain.Users;
using CoopPortal.Testing;
using static CoopPortal.UnitTests.Liquidation.LiquidationFixtures;

namespace CoopPortal.UnitTests.Liquidation;

/// <summary>
/// The liquidation's table against one written out here by hand, with who takes each step; every other (status, step)
/// pair refused with a Persian reason; separation of duties (a liquidator never decides, the starter and the recommender
/// never confirm).
/// </summary>
public sealed class LiquidationWorkflowTests
{
    private const string Owner = CaseActors.Owner;
    private const string Office = CaseActors.Office;
    private const string Head = Roles.HeadOfOffice;

    private static readonly Dictionary<(LiquidationStatus From, LiquidationAction Action), (LiquidationStatus To, string Actor)> Expected = new()
    {
        [(LiquidationStatus.Started, LiquidationAction.FileInterim)] = (LiquidationStatus.InterimReported, Owner),
        [(LiquidationStatus.Started, LiquidationAction.FileFinal)] = (LiquidationStatus.FinalReportFiled, Owner),
        [(LiquidationStatus.InterimReported, LiquidationAction.FileInterim)] = (LiquidationStatus.InterimReported, Owner),
        [(LiquidationStatus.InterimReported, LiquidationAction.FileFinal)] = (LiquidationStatus.FinalReportFiled, Owner),
        [(LiquidationStatus.FinalReportFiled, LiquidationAction.SendBack)] = (LiquidationStatus.ReturnedForCorrection, Office),
        [(LiquidationStatus.FinalReportFiled, LiquidationAction.Recommend)] = (LiquidationStatus.Recommended, Office),
        [(LiquidationStatus.ReturnedForCorrection, LiquidationAction.FileFinal)] = (LiquidationStatus.FinalReportFiled, Owner),
        [(LiquidationStatus.Recommended, LiquidationAction.SendBack)] = (LiquidationStatus.ReturnedForCorrection, Head),
        [(LiquidationStatus.Recommended, LiquidationAction.Confirm)] = (LiquidationStatus.StruckOff, Head),
    };

    public static TheoryData<LiquidationStatus, LiquidationAction> AllPairs()
    {
        var data = new TheoryData<LiquidationStatus, LiquidationAction>();
        foreach (var status in Enum.GetValues<LiquidationStatus>())
        {
            foreach (var action in Enum.GetValues<LiquidationAction>())
            {
                data.Add(status, action);
            }
        }

        return data;
    }

    [Fact]
    public void The_table_is_the_one_written_out_here()
    {
        var rows = LiquidationCase.Workflow.Transitions.ToDictionary(t => (t.From, t.Action), t => (t.To, t.Actor));
        Assert.Equal(Expected.OrderBy(e => e.Key.ToString()), rows.OrderBy(e => e.Key.ToString()));
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void Every_pair_moves_as_the_table_says_or_is_refused_in_Persian(LiquidationStatus from, LiquidationAction action)
    {
        var (to, refusal) = LiquidationCase.Workflow.Next(from, action);
        if (Expected.TryGetValue((from, action), out var row))
        {
            Assert.Equal(row.To, to);
            Assert.Null(refusal);
        }
        else
        {
            Assert.Null(to);
            Assert.Contains(refusal!, c => c is >= '\u0600' and <= '\u06FF');
        }
    }

    [Theory]
    [InlineData(LiquidationStatus.Started)]
    [InlineData(LiquidationStatus.InterimReported)]
    [InlineData(LiquidationStatus.FinalReportFiled)]
    [InlineData(LiquidationStatus.ReturnedForCorrection)]
    [InlineData(LiquidationStatus.Recommended)]
    [InlineData(LiquidationStatus.StruckOff)]
    public void The_fixture_reaches_each_status_through_the_aggregate(LiquidationStatus status)
    {
        var liquidation = At(status);
        Assert.Equal(status, liquidation.Status);
        Assert.Equal(LiquidationAction.Start, liquidation.Events[0].Action);
        Assert.Equal(StarterUserId, liquidation.Events[0].ActorUserId);
    }

    [Fact]
    public void The_office_steps_are_refused_to_the_liquidators_and_the_managers()
    {
        var liquidation = At(LiquidationStatus.FinalReportFiled);
        var managerCode = TestNationalCodes.Next();
        var parties = liquidation.PartiesWith([managerCode]);
        var liquidator = new CaseActor("someone-else", LiquidatorCode);
        Assert.Equal(SeparationOfDuties.OwnCase, SeparationOfDuties.Refusal(LiquidationCase.Workflow, liquidation.Status, LiquidationAction.Recommend, liquidator, parties));
        var manager = new CaseActor("manager", managerCode);
        Assert.Equal(SeparationOfDuties.OwnCase, SeparationOfDuties.Refusal(LiquidationCase.Workflow, liquidation.Status, LiquidationAction.SendBack, manager, parties));
        Assert.Null(SeparationOfDuties.Refusal(LiquidationCase.Workflow, liquidation.Status, LiquidationAction.Recommend, new CaseActor(ReviewerUserId, null), parties));
    }

    [Theory]
    [InlineData(StarterUserId)]
    [InlineData(ReviewerUserId)]
    public void Whoever_started_or_recommended_does_not_confirm(string userId)
    {
        var liquidation = At(LiquidationStatus.Recommended);
        var refusal = SeparationOfDuties.Refusal(LiquidationCase.Workflow, liquidation.Status, LiquidationAction.Confirm, new CaseActor(userId, null), liquidation.PartiesWith([]));
        Assert.Equal(SeparationOfDuties.EarlierStep, refusal);
        Assert.Null(SeparationOfDuties.Refusal(LiquidationCase.Workflow, liquidation.Status, LiquidationAction.Confirm, new CaseActor(HeadUserId, null), liquidation.PartiesWith([])));
    }

    [Fact]
    public void Only_a_liquidator_serving_today_files()
    {
        var liquidation = Started();
        Write(liquidation, final: false);
        var stranger = Assert.Throws<DomainException>(() => liquidation.FileReport(LiquidationReportKind.Interim, "x", TestNationalCodes.Next(), LiquidationRules.Default, Today, Now));
        Assert.Equal(LiquidationCase.NotALiquidator, stranger.Message);
        var late = Assert.Throws<DomainException>(() => liquidation.FileReport(LiquidationReportKind.Interim, LiquidatorUserId, LiquidatorCode, LiquidationRules.Default, EndsOn.AddDays(1), Now));
        Assert.Equal(LiquidationCase.NotALiquidator, late.Message);
        Assert.Empty(liquidation.Reports);
        Assert.Equal(LiquidationStatus.Started, liquidation.Status);
    }

    [Fact]
    public void The_final_report_waits_for_an_interim_one_unless_the_settings_say_otherwise()
    {
        var liquidation = Started();
        Write(liquidation, final: true);
        var refused = Assert.Throws<DomainException>(() => liquidation.FileReport(LiquidationReportKind.Final, LiquidatorUserId, LiquidatorCode, LiquidationRules.Default, Today, Now));
        Assert.Contains(LiquidationChecks.InterimFirst, refused.Message, StringComparison.Ordinal);

        var relaxed = LiquidationRules.Default with { InterimRequired = false };
        liquidation.FileReport(LiquidationReportKind.Final, LiquidatorUserId, LiquidatorCode, relaxed, Today, Now);
        Assert.Equal(LiquidationStatus.FinalReportFiled, liquidation.Status);
        var report = Assert.Single(liquidation.Reports);
        Assert.Equal(200_000_000, report.RemainingDistributed);
        Assert.Equal("مدیر تصفیه 1", report.FiledByName);
    }

    [Fact]
    public void A_report_without_text_or_file_is_not_filed()
    {
        var liquidation = Started();
        var problems = liquidation.ReportProblems(LiquidationReportKind.Final, LiquidationRules.Default);
        Assert.Equal(["Report", "Text", "Assets", "DebtsSettled", "RemainingDistributed", "Files"], problems.Select(p => p.Field));
        Assert.Throws<DomainException>(() => liquidation.FileReport(LiquidationReportKind.Interim, LiquidatorUserId, LiquidatorCode, LiquidationRules.Default, Today, Now));
    }

    [Fact]
    public void Sending_back_returns_the_final_report_as_the_draft_with_the_comment()
    {
        var liquidation = At(LiquidationStatus.ReturnedForCorrection);
        Assert.Equal(Text, liquidation.Draft.Text);
        Assert.Single(liquidation.DraftFiles);
        Assert.NotNull(liquidation.ReturnComment);
        Assert.Throws<DomainException>(() => liquidation.SendBack(ReviewerUserId, "x", Now));
        liquidation.FileReport(LiquidationReportKind.Final, LiquidatorUserId, LiquidatorCode, LiquidationRules.Default, Today, Now.AddMinutes(5));
        Assert.Equal(LiquidationStatus.FinalReportFiled, liquidation.Status);
        Assert.Null(liquidation.ReturnComment);
        Assert.Equal(3, liquidation.Reports.Count);
    }

    [Fact]
    public void A_sending_back_needs_a_comment_and_a_struck_off_liquidation_never_moves()
    {
        var filed = At(LiquidationStatus.FinalReportFiled);
        Assert.Throws<DomainException>(() => filed.SendBack(ReviewerUserId, " ", Now));
        Assert.Equal(LiquidationStatus.FinalReportFiled, filed.Status);

        var done = At(LiquidationStatus.StruckOff);
        Assert.NotNull(done.StruckOffAtUtc);
        Assert.Throws<DomainException>(() => done.EditDraft(LiquidationDraft.Empty, Now));
        Assert.Throws<DomainException>(() => done.SendBack(HeadUserId, "اصلاح کنید.", Now));
        Assert.Throws<DomainException>(() => done.Confirm(HeadUserId, Now));
    }

    [Fact]
    public void Each_step_raises_its_event_and_writes_one_history_line()
    {
        var liquidation = At(LiquidationStatus.StruckOff);
        Assert.Equal(
            [LiquidationAction.Start, LiquidationAction.FileInterim, LiquidationAction.FileFinal, LiquidationAction.Recommend, LiquidationAction.Confirm],
            liquidation.Events.Select(e => e.Action));
        Assert.Equal(5, liquidation.TakeDomainEvents().OfType<LiquidationStepTaken>().Count());
    }
}
