using Bunit;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Liquidation.GetLiquidation;
using CoopPortal.Application.Liquidation.Start;
using CoopPortal.ComponentTests.TestSupport;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Users;
using CoopPortal.Web.Components.Pages.Liquidation;
using Microsoft.Extensions.DependencyInjection;

namespace CoopPortal.ComponentTests.Pages.Liquidation;

/// <summary>
/// The card's liquidation panel for a dissolved cooperative (no liquidation yet, so nothing is read): the office gets
/// the form that names up to three liquidators and the period's end; the cooperative's manager gets nothing.
/// </summary>
public sealed class LiquidationCardPanelTests : ComponentTest
{
    private IRenderedComponent<LiquidationCardPanel> Render(CurrentUserSnapshot user, CooperativeStatus status)
    {
        var current = new FakeCurrentUserService(user);
        Context.Services.AddSingleton<ICurrentUserService>(current);
        Context.Services.AddSingleton(new GetLiquidationHandler(null!, current, null!, null!, null!));
        Context.Services.AddSingleton(new StartLiquidationHandler(null!, current, null!, null!));
        return Context.Render<LiquidationCardPanel>(p => p.Add(c => c.CooperativeId, Guid.NewGuid()).Add(c => c.Status, status));
    }

    [Theory]
    [InlineData(Roles.Reviewer)]
    [InlineData(Roles.HeadOfOffice)]
    public void The_office_names_the_liquidators_of_a_dissolved_cooperative(string role)
    {
        var cut = Render(Users.With(role, 14), CooperativeStatus.Dissolved);

        Assert.Contains("معرفی مدیران تصفیه و آغاز تصفیه", cut.Find("#liquidation-start").TextContent, StringComparison.Ordinal);
        Assert.Equal(3, cut.FindAll("input[id^=liquidation-start-code-]").Count);
        Assert.Single(cut.FindAll("#liquidation-start-button"));
        Assert.Empty(cut.FindAll("#cooperative-liquidation"));
    }

    [Theory]
    [InlineData(Roles.CooperativeManager, CooperativeStatus.Dissolved)]
    [InlineData(Roles.Reviewer, CooperativeStatus.Active)]
    [InlineData(Roles.Reviewer, CooperativeStatus.DormancyCaseOpen)]
    public void Nobody_else_and_no_other_status_gets_the_form(string role, CooperativeStatus status)
    {
        var cut = Render(Users.With(role, 14), status);

        Assert.Empty(cut.FindAll("#liquidation-start"));
        Assert.Empty(cut.FindAll("#cooperative-liquidation"));
    }
}
