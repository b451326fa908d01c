using CoopPortal.ComponentTests.TestSupport;
using CoopPortal.Domain.Users;
using CoopPortal.Web.Components.Layout;

namespace CoopPortal.ComponentTests.GeneralAssemblies;

public sealed class OfficeNavigationTests
{
    [Theory]
    [InlineData(Roles.Reviewer, Users.Province)]
    [InlineData(Roles.HeadOfOffice, Users.Province)]
    [InlineData(Roles.Admin, null)]
    public void The_office_menu_lists_the_general_assemblies(string role, int? province)
    {
        var item = Assert.Single(NavItems.For(Users.With(role, province)), i => i.Href == "office/general-assemblies");
        Assert.Equal("مجامع عمومی", item.Title);
    }

    [Fact]
    public void A_cooperative_manager_has_no_office_list()
    {
        Assert.DoesNotContain(NavItems.For(Users.With(Roles.CooperativeManager)), i => i.Href == "office/general-assemblies");
    }
}
