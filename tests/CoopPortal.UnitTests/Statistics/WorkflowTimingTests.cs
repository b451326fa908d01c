using CoopPortal.Application.Statistics.Common;
using CoopPortal.Application.Statistics.Export;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Formation;
using CoopPortal.UnitTests.Formation;

namespace CoopPortal.UnitTests.Statistics;

/// <summary>What the aggregates keep for the statistics: when each workflow step began and ended, first submission, decision.</summary>
public sealed class WorkflowTimingTests
{
    private static readonly DateTime Now = TestApplications.Now;

    [Fact]
    public void Each_history_line_says_when_the_status_it_leaves_began()
    {
        var application = TestApplications.Resubmitted(); // submitted +1, claimed +2, sent back +3, resubmitted +5 (minutes)
        application.Claim("reviewer-2", Now.AddMinutes(9));
        application.Recommend("reviewer-2", null, Now.AddMinutes(20));
        application.Approve("head-1", Now.AddHours(3));

        var lines = application.Events.Select(e => (e.Action, e.FromStatusSinceUtc)).ToList();
        Assert.Equal(
        [
            (WorkflowAction.Submit, Now),
            (WorkflowAction.Claim, Now.AddMinutes(1)),
            (WorkflowAction.SendBack, Now.AddMinutes(2)),
            (WorkflowAction.Resubmit, Now.AddMinutes(3)),
            (WorkflowAction.Claim, Now.AddMinutes(5)),
            (WorkflowAction.Recommend, Now.AddMinutes(9)),
            (WorkflowAction.Approve, Now.AddMinutes(20)),
        ], lines);
        Assert.Equal(Now.AddMinutes(1), application.FirstSubmittedAtUtc); // the resubmission keeps the first
        Assert.Equal(Now.AddMinutes(5), application.SubmittedAtUtc);
        Assert.Equal(Now.AddHours(3), application.DecidedAtUtc);
        Assert.Equal(Now.AddHours(3), application.StatusSinceUtc);
    }

    [Fact]
    public void A_rejection_is_a_decision_and_a_withdrawal_is_not()
    {
        var rejected = TestApplications.UnderReview();
        rejected.Reject("reviewer-1", RejectionReason.All[0], "مدارک ناقص است و اصلاح نشد.", Now.AddDays(2));
        Assert.Equal(Now.AddDays(2), rejected.DecidedAtUtc);

        var withdrawn = TestApplications.Submitted();
        withdrawn.Withdraw("منصرف شدم", Now.AddDays(1));
        Assert.Null(withdrawn.DecidedAtUtc);
        Assert.Equal(Now.AddDays(1), withdrawn.StatusSinceUtc);
    }

    [Theory]
    [InlineData(ApplicationStatus.Submitted, WorkflowStep.AwaitingReview)]
    [InlineData(ApplicationStatus.Resubmitted, WorkflowStep.AwaitingReview)]
    [InlineData(ApplicationStatus.UnderReview, WorkflowStep.Review)]
    [InlineData(ApplicationStatus.ReturnedForCorrection, WorkflowStep.Correction)]
    [InlineData(ApplicationStatus.RecommendedForApproval, WorkflowStep.Approval)]
    [InlineData(ApplicationStatus.Draft, null)]
    [InlineData(ApplicationStatus.Approved, null)]
    [InlineData(ApplicationStatus.Rejected, null)]
    public void Every_office_status_belongs_to_one_step(ApplicationStatus status, WorkflowStep? step)
    {
        Assert.Equal(step, WorkflowSteps.Of(status));
        if (step is { } s)
        {
            Assert.Contains(status, WorkflowSteps.StatusesOf(s));
            Assert.True(TestApplications.HasPersianLetter(WorkflowSteps.Title(s)));
        }
    }

    [Fact]
    public void The_registry_keeps_the_members_of_the_newest_declared_year()
    {
        var cooperative = Cooperative.Import(new ImportedCooperative("تعاونی نمونه", "1234", new DateOnly(2020, 1, 1), null, 14, null, null, 30, 1_000_000, "0020000006", "مدیر", null), Now);
        Assert.Equal(30, cooperative.MembersCount);
        Assert.Null(cooperative.MembersWomen);

        cooperative.RecordDeclaredMembers(1403, 32, 12, 20);
        Assert.Equal((32, 12, 20, 1403), (cooperative.MembersCount, cooperative.MembersWomen, cooperative.MembersMen, cooperative.MembersDeclaredForYear));

        cooperative.RecordDeclaredMembers(1402, 25, 5, 20); // a late declaration of an older year does not overwrite
        Assert.Equal((32, 12, 20, 1403), (cooperative.MembersCount, cooperative.MembersWomen, cooperative.MembersMen, cooperative.MembersDeclaredForYear));

        cooperative.RecordDeclaredMembers(1404, 40, 22, 18);
        Assert.Equal((40, 22, 18, 1404), (cooperative.MembersCount, cooperative.MembersWomen, cooperative.MembersMen, cooperative.MembersDeclaredForYear));
    }

    [Theory]
    [InlineData(12.345, ReportColumnKind.Days, "۱۲٫۳")]
    [InlineData(0.05, ReportColumnKind.Days, "۰٫۱")]
    [InlineData(1234567L, ReportColumnKind.Number, "۱٬۲۳۴٬۵۶۷")]
    [InlineData(null, ReportColumnKind.Days, ReportCells.Missing)]
    [InlineData("زنجان", ReportColumnKind.Text, "زنجان")]
    public void Cells_read_in_Persian(object? value, ReportColumnKind kind, string expected) =>
        Assert.Equal(expected, ReportCells.Persian(value, kind));

    [Fact]
    public void Dates_read_in_Jalali() =>
        Assert.Equal("۱۴۰۵/۰۹/۰۲", ReportCells.Persian(new DateOnly(2026, 11, 23), ReportColumnKind.Date));
}
