using Bunit;
using CoopPortal.ComponentTests.TestSupport;
using CoopPortal.Domain.Assemblies;
using CoopPortal.Web.Components.Common;
using CoopPortal.Web.Components.Pages.GeneralAssemblies;

namespace CoopPortal.ComponentTests.GeneralAssemblies;

public sealed class ManagerActionsTests : ComponentTest
{
    private const string Stand = "https://portal.example/general-assemblies/x/stand";

    [Fact]
    public void Only_the_steps_the_view_offers_are_shown()
    {
        var view = GeneralAssemblyViews.View(status: GeneralAssemblyStatus.Announced, actions: [GeneralAssemblyAction.Cancel]);

        var actions = Context.Render<ManagerActions>(p => p.Add(c => c.View, view).Add(c => c.StandHref, Stand));

        Assert.Empty(actions.FindAll("#ga-announce"));
        Assert.Empty(actions.FindAll("#ga-edit-notice"));
        Assert.NotNull(actions.Find("#ga-cancel"));
    }

    [Fact]
    public void The_candidates_link_is_shared_while_a_published_notice_elects_someone()
    {
        var electing = GeneralAssemblyViews.View(status: GeneralAssemblyStatus.Supervised, agenda: [new AgendaItem(AgendaItemKind.ElectBoard)]);
        var notElecting = GeneralAssemblyViews.View(status: GeneralAssemblyStatus.Supervised);

        var shown = Context.Render<ManagerActions>(p => p.Add(c => c.View, electing).Add(c => c.StandHref, Stand));
        var hidden = Context.Render<ManagerActions>(p => p.Add(c => c.View, notElecting).Add(c => c.StandHref, Stand));

        Assert.Equal(Stand, shown.Find("#ga-stand-link").GetAttribute("href"));
        Assert.Empty(hidden.FindAll("#ga-stand-link"));
    }

    [Fact]
    public void Refused_publishing_lists_each_problem_with_a_link_to_its_field()
    {
        var view = GeneralAssemblyViews.View(status: GeneralAssemblyStatus.Draft, actions: [GeneralAssemblyAction.Announce]);
        var problem = new ProblemLink("ساعت تشکیل مجمع را وارد کنید.", "general-assemblies/x/notice#field-MeetingTime");

        var actions = Context.Render<ManagerActions>(p => p.Add(c => c.View, view).Add(c => c.Problems, [problem]));

        var link = actions.Find("#ga-announce-problems a");
        Assert.Equal("general-assemblies/x/notice#field-MeetingTime", link.GetAttribute("href"));
        Assert.Equal("ساعت تشکیل مجمع را وارد کنید.", link.TextContent.Trim());
        Assert.NotNull(actions.Find("#ga-announce"));
    }
}
