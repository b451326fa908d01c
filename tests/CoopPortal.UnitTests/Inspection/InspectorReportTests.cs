using CoopPortal.Domain.Common;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Inspection;
using CoopPortal.Domain.Registry;
using CoopPortal.UnitTests.Assemblies;

namespace CoopPortal.UnitTests.Inspection;

/// <summary>The inspector's report: its workflow table, its rules before signing, separation of duties (E02) and that a sent report is final.</summary>
public sealed class InspectorReportTests
{
    private static readonly DateTime Now = AssemblyFixtures.Now;
    private static readonly DateOnly Today = AssemblyFixtures.J("1405/03/12");
    private const string InspectorUserId = "inspector-1";

    private static string InspectorCode => AssemblyFixtures.Code(40);

    /// <summary>A cooperative whose inspector is <see cref="InspectorCode"/>, its CEO <c>Code(90)</c>.</summary>
    private static Cooperative Cooperative()
    {
        var cooperative = AssemblyFixtures.NewCooperative();
        cooperative.ReplaceOfficers([
            new OfficerEntry(OfficerRole.BoardMember, "علی رضایی", AssemblyFixtures.Code(0), AssemblyFixtures.J("1404/02/20"), AssemblyFixtures.J("1406/02/20")),
            new OfficerEntry(OfficerRole.Inspector, "زهرا بازرسی", InspectorCode, AssemblyFixtures.J("1405/02/20"), AssemblyFixtures.J("1406/02/20")),
        ]);
        return cooperative;
    }

    /// <summary>A complete report: books kept, balanced statements, bylaws and resolutions carried out, unqualified.</summary>
    public static InspectorReportContent Complete => new(
        true, null, 5_000_000_000, 2_000_000_000, 3_000_000_000, -150_000_000, null, true, null, true, null, [], InspectorOpinion.Unqualified, null);

    private static InspectorReport Draft() => InspectorReport.Start(Cooperative(), 1404, InspectorUserId, InspectorCode, "زهرا بازرسی", Now);

    [Fact]
    public void The_table_has_one_row_the_inspector_signs_by_sending()
    {
        var row = Assert.Single(InspectorReport.Workflow.Transitions);
        Assert.Equal((InspectorReportStatus.Draft, InspectorReportAction.Submit, InspectorReportStatus.Submitted, CaseActors.Owner), (row.From, row.Action, row.To, row.Actor));
        Assert.True(row.ShownToApplicant);
        var (to, refusal) = InspectorReport.Workflow.Next(InspectorReportStatus.Submitted, InspectorReportAction.Submit);
        Assert.Null(to);
        Assert.Contains("پیش‌تر امضا و ارسال", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void A_complete_report_is_signed_once_and_then_changes_no_more()
    {
        var report = Draft();
        report.Edit(Complete, Now);
        report.Submit(InspectorUserId, Cooperative(), Today, Now.AddMinutes(5));

        Assert.Equal(InspectorReportStatus.Submitted, report.Status);
        Assert.Equal(Today, report.SubmittedOn);
        var step = Assert.Single(report.Events);
        Assert.Equal((InspectorReportAction.Submit, InspectorUserId), (step.Action, step.ActorUserId));
        Assert.IsType<InspectorReportStepTaken>(Assert.Single(report.TakeDomainEvents()));
        Assert.Equal(InspectorReport.NotEditable, Assert.Throws<DomainException>(() => report.Edit(Complete with { BooksKept = false }, Now)).Message);
        Assert.Throws<DomainException>(() => report.Submit(InspectorUserId, Cooperative(), Today, Now));
        Assert.Single(report.Events);
    }

    [Fact]
    public void An_incomplete_report_is_refused_with_its_first_problem()
    {
        var report = Draft();
        var refused = Assert.Throws<DomainException>(() => report.Submit(InspectorUserId, Cooperative(), Today, Now));
        Assert.Contains(InspectorReportRules.BooksMissing, refused.Message, StringComparison.Ordinal);
        Assert.Equal(InspectorReportStatus.Draft, report.Status);
    }

    [Fact]
    public void Someone_else_does_not_sign_the_inspectors_report()
    {
        var report = Draft();
        report.Edit(Complete, Now);
        Assert.Throws<DomainException>(() => report.Submit("someone-else", Cooperative(), Today, Now));
    }

    [Fact]
    public void An_inspector_who_is_on_the_board_or_a_manager_does_not_report_on_the_same_cooperative()
    {
        var cooperative = Cooperative();
        Assert.Equal(InspectorReport.ConflictingPost, Assert.Throws<DomainException>(() =>
            InspectorReport.Start(cooperative, 1404, InspectorUserId, AssemblyFixtures.Code(0), "علی رضایی", Now)).Message);
        Assert.NotNull(InspectorReport.ConflictRefusal(cooperative, AssemblyFixtures.Code(90)));
        Assert.Null(InspectorReport.ConflictRefusal(cooperative, InspectorCode));
    }

    [Fact]
    public void Texts_are_normalized_and_blank_ones_dropped()
    {
        var report = Draft();
        report.Edit(Complete with { BooksRemarks = "  دفتر كل  ", StatementsRemarks = "   " }, Now);
        Assert.Equal("دفتر کل", report.Content.BooksRemarks);
        Assert.Null(report.Content.StatementsRemarks);
    }

    [Fact]
    public void Sections_are_not_started_until_answered_and_completed_when_their_rules_hold()
    {
        var report = Draft();
        var statuses = report.SectionStatuses(InspectorReportRules.Validate(report.Content));
        Assert.Equal(SectionStatus.NotStarted, statuses[InspectorReportSection.Books]);
        report.Edit(InspectorReportContent.Empty with { BooksKept = false }, Now);
        statuses = report.SectionStatuses(InspectorReportRules.Validate(report.Content));
        Assert.Equal(SectionStatus.InProgress, statuses[InspectorReportSection.Books]);
        report.Edit(Complete, Now);
        Assert.All(report.SectionStatuses([]).Values, s => Assert.Equal(SectionStatus.Completed, s));
    }
}
