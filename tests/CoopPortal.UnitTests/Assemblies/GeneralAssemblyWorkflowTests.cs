using CoopPortal.Domain.Assemblies;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Users;
using static CoopPortal.Domain.Assemblies.GeneralAssemblyAction;
using static CoopPortal.Domain.Assemblies.GeneralAssemblyStatus;

namespace CoopPortal.UnitTests.Assemblies;

/// <summary>The general assembly's workflow table: each row, the reasons for what it refuses, and its separation of duties.</summary>
public sealed class GeneralAssemblyWorkflowTests
{
    private static readonly StateMachine<GeneralAssemblyStatus, GeneralAssemblyAction> Workflow = GeneralAssembly.Workflow;

    /// <summary>The table as issue 19 describes it, written out again so that a changed row fails here.</summary>
    private static readonly (GeneralAssemblyStatus From, GeneralAssemblyAction Action, GeneralAssemblyStatus To, string Actor)[] Expected =
    [
        (Draft, Announce, Announced, CaseActors.Owner),
        (Draft, Cancel, Cancelled, CaseActors.Owner),
        (Announced, AssignObserver, Supervised, Roles.HeadOfOffice),
        (Announced, WaiveSupervision, Unsupervised, Roles.HeadOfOffice),
        (Announced, Cancel, Cancelled, CaseActors.Owner),
        (Supervised, AssignObserver, Supervised, Roles.HeadOfOffice),
        (Supervised, SubmitMinutes, AwaitingObserver, CaseActors.Owner),
        (Supervised, Cancel, Cancelled, CaseActors.Owner),
        (Unsupervised, AssignObserver, Supervised, Roles.HeadOfOffice),
        (Unsupervised, SubmitMinutes, MinutesSubmitted, CaseActors.Owner),
        (Unsupervised, Cancel, Cancelled, CaseActors.Owner),
        (AwaitingObserver, ObserverConfirm, ObserverConfirmed, CaseActors.Assignee),
        (AwaitingObserver, ReportIrregularities, IrregularitiesReported, CaseActors.Assignee),
        (MinutesSubmitted, Confirm, Confirmed, CaseActors.Office),
        (MinutesSubmitted, SendBack, ReturnedForCorrection, CaseActors.Office),
        (ObserverConfirmed, Confirm, Confirmed, CaseActors.Office),
        (ObserverConfirmed, SendBack, ReturnedForCorrection, CaseActors.Office),
        (IrregularitiesReported, Confirm, Confirmed, CaseActors.Office),
        (IrregularitiesReported, SendBack, ReturnedForCorrection, CaseActors.Office),
        (ReturnedForCorrection, SubmitMinutes, MinutesSubmitted, CaseActors.Owner),
    ];

    public static TheoryData<GeneralAssemblyStatus, GeneralAssemblyAction, GeneralAssemblyStatus, string> Rows
    {
        get
        {
            var data = new TheoryData<GeneralAssemblyStatus, GeneralAssemblyAction, GeneralAssemblyStatus, string>();
            foreach (var (from, action, to, actor) in Expected)
            {
                data.Add(from, action, to, actor);
            }

            return data;
        }
    }

    public static TheoryData<GeneralAssemblyStatus, GeneralAssemblyAction> Missing
    {
        get
        {
            var data = new TheoryData<GeneralAssemblyStatus, GeneralAssemblyAction>();
            foreach (var from in Enum.GetValues<GeneralAssemblyStatus>())
            {
                foreach (var action in Enum.GetValues<GeneralAssemblyAction>().Where(a => !Expected.Any(r => r.From == from && r.Action == a)))
                {
                    data.Add(from, action);
                }
            }

            return data;
        }
    }

    public static TheoryData<GeneralAssemblyStatus, GeneralAssemblyAction> FromTheEnd
    {
        get
        {
            var data = new TheoryData<GeneralAssemblyStatus, GeneralAssemblyAction>();
            foreach (var action in Enum.GetValues<GeneralAssemblyAction>())
            {
                data.Add(Confirmed, action);
                data.Add(Cancelled, action);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Each_row_leads_where_the_table_says_and_names_who_takes_it(
        GeneralAssemblyStatus from, GeneralAssemblyAction action, GeneralAssemblyStatus to, string actor)
    {
        Assert.True(Workflow.Allows(from, action));
        Assert.Equal(to, Workflow.Move(from, action));
        Assert.Equal(actor, Workflow.ActorOf(from, action));
        var (next, refusal) = Workflow.Next(from, action);
        Assert.Equal(to, next);
        Assert.Null(refusal);
    }

    [Fact]
    public void The_table_has_exactly_the_rows_of_the_issue_in_order() =>
        Assert.Equal(Expected, Workflow.Transitions.Select(t => (t.From, t.Action, t.To, t.Actor)));

    [Theory]
    [MemberData(nameof(Missing))]
    public void Anything_not_in_the_table_is_refused_with_a_persian_reason(GeneralAssemblyStatus from, GeneralAssemblyAction action)
    {
        Assert.False(Workflow.Allows(from, action));
        Assert.Null(Workflow.ActorOf(from, action));
        var (next, refusal) = Workflow.Next(from, action);
        Assert.Null(next);
        Assert.NotNull(refusal);
        Assert.Contains(refusal, c => c is >= '\u0600' and <= '\u06FF');
        var ex = Assert.Throws<DomainException>(() => Workflow.Move(from, action));
        Assert.Equal(refusal, ex.Message);
    }

    [Theory]
    [MemberData(nameof(FromTheEnd))]
    public void Nothing_is_done_to_a_confirmed_or_cancelled_assembly(GeneralAssemblyStatus from, GeneralAssemblyAction action)
    {
        var refusal = Workflow.Next(from, action).Refusal;
        Assert.NotNull(refusal);
        Assert.Contains(from == Confirmed ? "پیش‌تر تأیید و تغییرات آن ثبت شده" : "لغو شده است", refusal, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Announced, SubmitMinutes, "هنوز درباره نظارت بر این مجمع تصمیم نگرفته است")]
    [InlineData(AwaitingObserver, Confirm, "ناظر هنوز گزارش خود را ثبت نکرده است")]
    [InlineData(AwaitingObserver, SendBack, "ناظر هنوز گزارش خود را ثبت نکرده است")]
    [InlineData(Announced, Announce, "پیش‌تر منتشر شده است")]
    [InlineData(MinutesSubmitted, Announce, "پیش‌تر منتشر شده است")]
    [InlineData(AwaitingObserver, AssignObserver, "پس از ارسال صورت‌جلسه، تصمیم نظارت تغییر نمی‌کند")]
    [InlineData(MinutesSubmitted, WaiveSupervision, "پس از ارسال صورت‌جلسه، تصمیم نظارت تغییر نمی‌کند")]
    [InlineData(ReturnedForCorrection, AssignObserver, "پس از ارسال صورت‌جلسه، تصمیم نظارت تغییر نمی‌کند")]
    [InlineData(Draft, AssignObserver, "هنوز منتشر نشده است")]
    [InlineData(Draft, WaiveSupervision, "هنوز منتشر نشده است")]
    [InlineData(Supervised, WaiveSupervision, "ناظر تعیین شده است")]
    [InlineData(Unsupervised, WaiveSupervision, "پیش‌تر ثبت شده است")]
    [InlineData(Supervised, ObserverConfirm, "در انتظار گزارش ناظر نیست")]
    [InlineData(MinutesSubmitted, ReportIrregularities, "در انتظار گزارش ناظر نیست")]
    [InlineData(Unsupervised, Confirm, "در انتظار بررسی نیست")]
    [InlineData(ReturnedForCorrection, SendBack, "در انتظار بررسی نیست")]
    [InlineData(AwaitingObserver, Cancel, "لغو نمی‌شود")]
    [InlineData(ReturnedForCorrection, Cancel, "لغو نمی‌شود")]
    [InlineData(MinutesSubmitted, SubmitMinutes, "در وضعیت «صورت‌جلسه ارسال شد؛ در انتظار بررسی» ممکن نیست")]
    [InlineData(Draft, SubmitMinutes, "در وضعیت «پیش‌نویس آگهی» ممکن نیست")]
    public void Each_refusal_says_why(GeneralAssemblyStatus from, GeneralAssemblyAction action, string fragment)
    {
        var ex = Assert.Throws<DomainException>(() => Workflow.Move(from, action));
        Assert.Contains(fragment, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ObserverConfirmed, Confirm)]
    [InlineData(ObserverConfirmed, SendBack)]
    [InlineData(IrregularitiesReported, Confirm)]
    [InlineData(IrregularitiesReported, SendBack)]
    public void After_the_observers_report_the_observer_may_not_also_decide(GeneralAssemblyStatus from, GeneralAssemblyAction action)
    {
        // Regression: the steps are read from a static field; declared after the table, they would be null here.
        var notBy = Workflow.Find(from, action)?.NotBy;
        Assert.NotNull(notBy);
        Assert.Contains(ObserverConfirm, notBy);
        Assert.Contains(ReportIrregularities, notBy);
        Assert.Equal(2, notBy.Count);
    }

    [Fact]
    public void Only_the_office_rows_after_the_minutes_name_earlier_steps_and_those_are_the_observers() =>
        // MinutesSubmitted included: a corrected resubmission of a supervised assembly lands there, and its observer
        // reported on the same meeting.
        Assert.All(Workflow.Transitions, t => Assert.Equal(
            t.From is MinutesSubmitted or ObserverConfirmed or IrregularitiesReported ? [ObserverConfirm, ReportIrregularities] : null,
            t.NotBy));

    [Theory]
    [InlineData(ObserverConfirm)]
    [InlineData(ReportIrregularities)]
    public void Separation_of_duties_keeps_the_observer_from_deciding_but_lets_a_colleague(GeneralAssemblyAction observerStep)
    {
        var assembly = AssemblyFixtures.At(observerStep == ObserverConfirm ? ObserverConfirmed : IrregularitiesReported);
        var parties = assembly.PartiesWith([AssemblyFixtures.Code(90)]);

        var observer = new CaseActor(AssemblyFixtures.ObserverUserId, AssemblyFixtures.Code(80));
        Assert.Equal(SeparationOfDuties.EarlierStep, SeparationOfDuties.Refusal(Workflow, assembly.Status, Confirm, observer, parties));
        Assert.Equal(SeparationOfDuties.EarlierStep, SeparationOfDuties.Refusal(Workflow, assembly.Status, SendBack, observer, parties));
        Assert.Null(SeparationOfDuties.Refusal(Workflow, assembly.Status, Confirm, new CaseActor(AssemblyFixtures.ReviewerUserId, AssemblyFixtures.Code(81)), parties));
    }

    [Fact]
    public void A_reviewer_who_is_the_cooperatives_manager_or_newly_elected_may_not_decide()
    {
        var assembly = AssemblyFixtures.At(ObserverConfirmed);
        var parties = assembly.PartiesWith([AssemblyFixtures.Code(90)]);
        Assert.Equal(SeparationOfDuties.OwnCase, SeparationOfDuties.Refusal(Workflow, assembly.Status, Confirm, new CaseActor("reviewer-2", AssemblyFixtures.Code(90)), parties));
        Assert.Equal(SeparationOfDuties.OwnCase, SeparationOfDuties.Refusal(Workflow, assembly.Status, Confirm, new CaseActor("reviewer-3", AssemblyFixtures.Code(2)), parties));
    }

    [Fact]
    public void Every_status_and_action_has_a_persian_title()
    {
        Assert.All(Enum.GetValues<GeneralAssemblyStatus>(), s => Assert.NotEqual(s.ToString(), GeneralAssemblyText.Title(s)));
        Assert.All(Enum.GetValues<GeneralAssemblyAction>(), a => Assert.NotEqual(a.ToString(), GeneralAssemblyText.ActionTitle(a)));
        Assert.All(Enum.GetValues<GeneralAssemblyKind>(), k => Assert.NotEqual(k.ToString(), GeneralAssemblyText.Title(k)));
        Assert.All(Enum.GetValues<AgendaItemKind>(), k => Assert.NotEqual(k.ToString(), GeneralAssemblyText.Title(k)));
    }
}
