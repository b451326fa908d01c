using CoopPortal.Web.Components.Layout;
using CoopPortal.Web.Components.Pages.Formation;
using Microsoft.AspNetCore.Components;

namespace CoopPortal.ComponentTests.Layout;

/// <summary>The route handed from the static layout to the page's interactive island, and back on the circuit.</summary>
public sealed class IslandRouteTests
{
    [Fact]
    public void A_page_and_its_typed_route_values_survive_the_round_trip()
    {
        var id = Guid.NewGuid();
        var route = new RouteData(typeof(CooperativeSection), new Dictionary<string, object?> { ["Id"] = id });

        var (page, values) = IslandRoute.From(route);
        var back = IslandRoute.To(page, values);

        Assert.Equal(typeof(CooperativeSection).FullName, page);
        Assert.Equal(id.ToString(), values["id"]);
        Assert.NotNull(back);
        Assert.Equal(typeof(CooperativeSection), back.PageType);
        Assert.Equal(id, Assert.IsType<Guid>(back.RouteValues["Id"]));
    }

    [Fact]
    public void An_integer_route_value_comes_back_as_an_integer()
    {
        var route = new RouteData(typeof(CoopPortal.Web.Components.Pages.Office.OfficeOverviewPage), new Dictionary<string, object?> { ["ProvinceId"] = 14 });

        var (page, values) = IslandRoute.From(route);

        Assert.Equal(14, Assert.IsType<int>(IslandRoute.To(page, values)!.RouteValues["ProvinceId"]));
    }

    [Theory]
    [InlineData("System.String")]
    [InlineData("CoopPortal.Web.Components.Layout.NavMenu")] // a component, but not a page
    [InlineData("CoopPortal.Web.Components.Pages.NoSuchPage")]
    public void A_name_that_is_not_a_page_of_the_portal_gives_no_route(string name) =>
        Assert.Null(IslandRoute.To(name, null));

    [Fact]
    public void A_value_that_does_not_convert_gives_no_route()
    {
        Assert.Null(IslandRoute.To(typeof(CooperativeSection).FullName!, new Dictionary<string, string> { ["Id"] = "not-a-guid" }));
    }
}
