using CoopPortal.Web.Components.Layout;
using CoopPortal.Web.Components.Pages.Dormancy;

namespace CoopPortal.UnitTests.Hosting;

/// <summary>The island's route back from its parameters (a case page by its id); a component that is no page has none.</summary>
public sealed class IslandRouteTests
{
    [Fact]
    public void A_case_page_is_routed_with_its_typed_values()
    {
        var id = Guid.NewGuid();
        var route = IslandRoute.To(typeof(DormancyCasePage).FullName!, new Dictionary<string, string> { ["id"] = id.ToString() });

        Assert.NotNull(route);
        Assert.Equal(typeof(DormancyCasePage), route.PageType);
        Assert.Equal(id, route.RouteValues["Id"]);
    }

    [Fact]
    public void A_component_that_is_not_a_page_is_not_routed() =>
        Assert.Null(IslandRoute.To(typeof(DormancyOutcome).FullName!, null));
}
