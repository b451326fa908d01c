using Bunit;
using CoopPortal.Application.Supervision.Common;
using CoopPortal.ComponentTests.TestSupport;
using CoopPortal.Domain.Supervision;
using CoopPortal.Web.Components.Pages.Supervision;

namespace CoopPortal.ComponentTests.Pages;

/// <summary>The declaration's page opens with what happened and what to do next (issue 18 point 6).</summary>
public sealed class DeclarationOutcomeTests : ComponentTest
{
    private static readonly DateOnly Due = new(2025, 7, 22);

    private static DeclarationView View(DeclarationStatus status, string? returnComment = null) => new(
        Guid.NewGuid(), Guid.NewGuid(), "تعاونی نمونه", "1404-14-00001", 1403, Due, status, DeclarationContent.Empty,
        PreviousYearNetProfitOrLoss: null, ConfirmedSections: [], TruthDeclared: status != DeclarationStatus.Draft, Files: [],
        ReceiptNumber: status == DeclarationStatus.Draft ? null : "K7TM-29QH", SubmittedAtUtc: status == DeclarationStatus.Draft ? null : new DateTime(2025, 6, 1, 8, 0, 0, DateTimeKind.Utc),
        Risk: null, RiskIsPreview: false, InspectionPlannedOn: null, ReturnComment: returnComment, History: [], Problems: [], IsManager: true,
        CanEdit: status is DeclarationStatus.Draft or DeclarationStatus.ReturnedForCorrection, Decisions: new HashSet<DeclarationAction>());

    private IRenderedComponent<DeclarationOutcome> Render(DeclarationView view, DateOnly today) =>
        Context.Render<DeclarationOutcome>(p => p.Add(c => c.View, view).Add(c => c.Today, today));

    [Fact]
    public void A_draft_says_what_to_do_and_warns_once_the_due_date_has_passed()
    {
        var onTime = Render(View(DeclarationStatus.Draft), Due).Find("#outcome");
        Assert.Equal("draft", onTime.GetAttribute("data-outcome"));
        Assert.Contains("بررسی نهایی", onTime.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("گذشته است", onTime.TextContent, StringComparison.Ordinal);

        var late = Render(View(DeclarationStatus.Draft), Due.AddDays(1)).Find("#outcome");
        Assert.Contains("گذشته است", late.TextContent, StringComparison.Ordinal);
        Assert.Contains("mud-alert-text-warning", late.ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sent_declaration_gives_its_code_in_Latin_digits_and_points_to_the_receipt()
    {
        var cut = Render(View(DeclarationStatus.Submitted), Due);
        Assert.Equal("sent", cut.Find("#outcome").GetAttribute("data-outcome"));
        Assert.Equal("K7TM-29QH", cut.Find("#outcome-receipt-number").TextContent.Trim());
        Assert.Contains("رسید", cut.Find("#outcome").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_declaration_sent_back_shows_the_office_comment_and_how_to_send_it_again()
    {
        var cut = Render(View(DeclarationStatus.ReturnedForCorrection, "ترازنامه را پیوست کنید."), Due);
        Assert.Equal("returned", cut.Find("#outcome").GetAttribute("data-outcome"));
        Assert.Contains("ترازنامه را پیوست کنید.", cut.Find("#decl-return-comment").TextContent, StringComparison.Ordinal);
        Assert.Contains("دوباره ارسال", cut.Find("#outcome").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void An_accepted_declaration_says_nothing_more_is_needed()
    {
        Assert.Equal("accepted", Render(View(DeclarationStatus.Accepted), Due).Find("#outcome").GetAttribute("data-outcome"));
    }
}
