using Bunit;
using CoopPortal.Application.Formation.GetApplication;
using CoopPortal.ComponentTests.TestSupport;
using CoopPortal.Domain.Formation;
using CoopPortal.Testing;
using CoopPortal.Web.Components.Pages.Formation;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace CoopPortal.ComponentTests.Pages.Formation;

/// <summary>A section's to-do list is neutral until «ادامه» is pressed with something missing (issue 18).</summary>
public sealed class SectionFrameTests : ComponentTest
{
    private static ApplicationView ViewOf(FormationApplication application)
    {
        var context = new ValidationContext(FormationRules.Default, false, true, DateOnly.FromDateTime(DateTime.UtcNow));
        var problems = FormationValidator.Validate(application, context);
        return new ApplicationView(application, problems, application.SectionStatuses(problems), [], FormationRules.Default, true, DocumentTypeCatalog.Default);
    }

    private IRenderedComponent<SectionFrame> Render(ApplicationView view, ApplicationSection section, Func<Problem, bool>? shownHere = null) =>
        Context.Render<SectionFrame>(p => p
            .Add(c => c.View, view)
            .Add(c => c.Section, section)
            .Add(c => c.Editable, true)
            .Add(c => c.ShownHere, shownHere));

    [Fact]
    public void Continue_with_something_missing_turns_the_summary_red_once_and_then_goes_on()
    {
        var application = CompleteApplications.Build("applicant-1", TestNationalCodes.Next(), 14, 1, DateTime.UtcNow);
        application.UpdateDetails(application.Details with { Address = string.Empty }, DateTime.UtcNow);
        var navigation = Context.Services.GetRequiredService<NavigationManager>();
        var cut = Render(ViewOf(application), ApplicationSection.Cooperative);
        var start = navigation.Uri;

        Assert.Contains("todo-summary", cut.Find("#error-summary").ClassName, StringComparison.Ordinal);
        Assert.Equal("status", cut.Find("#error-summary").GetAttribute("role"));

        cut.Find("#continue").Click();
        cut.WaitForAssertion(() => Assert.Contains("error-summary", cut.Find("#error-summary").ClassName, StringComparison.Ordinal));
        Assert.Equal("alert", cut.Find("#error-summary").GetAttribute("role"));
        Assert.Equal(start, navigation.Uri);

        cut.Find("#continue").Click();
        cut.WaitForAssertion(() => Assert.EndsWith($"applications/{application.Id}/names", navigation.Uri, StringComparison.Ordinal));
    }

    [Fact]
    public void A_complete_section_goes_on_at_once()
    {
        var application = CompleteApplications.Build("applicant-1", TestNationalCodes.Next(), 14, 1, DateTime.UtcNow);
        var navigation = Context.Services.GetRequiredService<NavigationManager>();
        var cut = Render(ViewOf(application), ApplicationSection.Cooperative);

        Assert.Empty(cut.FindAll("#error-summary"));
        cut.Find("#continue").Click();

        cut.WaitForAssertion(() => Assert.EndsWith($"applications/{application.Id}/names", navigation.Uri, StringComparison.Ordinal));
    }

    [Fact]
    public void The_members_page_lists_a_share_over_the_cap_with_the_members_problems()
    {
        var application = CompleteApplications.Build("applicant-1", TestNationalCodes.Next(), 14, 1, DateTime.UtcNow);
        var first = application.Members[0];
        application.UpdateMember(first.Id, new MemberDetails(first.FullName, first.FatherName, first.NationalCode, first.BirthDateJalali, first.Mobile, 500_000_000, 200_000_000, null, null), DateTime.UtcNow);

        var cut = Render(ViewOf(application), ApplicationSection.Members, p => p.Field.StartsWith("Members[", StringComparison.Ordinal));

        var link = Assert.Single(cut.FindAll("#error-summary a"));
        Assert.EndsWith("#field-Members-0-ShareSubscribed", link.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_capital_page_of_a_draft_does_not_say_it_cannot_be_changed_but_a_submitted_application_does()
    {
        var draft = CompleteApplications.Build("applicant-1", TestNationalCodes.Next(), 14, 1, DateTime.UtcNow);
        var cut = Context.Render<SectionFrame>(p => p
            .Add(c => c.View, ViewOf(draft))
            .Add(c => c.Section, ApplicationSection.Capital)
            .Add(c => c.Editable, false)); // the capital page has no fields of its own

        Assert.DoesNotContain("قابل ویرایش نیست", cut.Markup, StringComparison.Ordinal);

        draft.Submit(new ValidationContext(FormationRules.Default, false, true, DateOnly.FromDateTime(DateTime.UtcNow)), "K7TM-29QH", DateTime.UtcNow);
        cut.Render(p => p.Add(c => c.View, ViewOf(draft)));

        Assert.Contains("قابل ویرایش نیست", cut.Markup, StringComparison.Ordinal);
    }
}
