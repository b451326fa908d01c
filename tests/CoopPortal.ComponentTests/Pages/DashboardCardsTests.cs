using CoopPortal.ComponentTests.TestSupport;
using CoopPortal.Domain.Users;
using CoopPortal.Web.Components.Pages;

namespace CoopPortal.ComponentTests.Pages;

public sealed class DashboardCardsTests
{
    [Fact]
    public void Applicant_gets_the_cooperative_formation_card_leading_to_their_applications()
    {
        var card = Assert.Single(DashboardCards.For(Users.Applicant));

        Assert.Equal("تشکیل تعاونی", card.Title);
        Assert.Equal("applications", card.Href);
        Assert.Equal("درخواست‌های من", card.Action);
    }

    [Fact]
    public void Cooperative_manager_gets_the_self_declaration_card()
    {
        var card = Assert.Single(DashboardCards.For(Users.With(Roles.CooperativeManager)));

        Assert.Equal("خوداظهاری نظارتی سالانه", card.Title);
        Assert.Equal("cooperatives", card.Href);
    }

    [Theory]
    [InlineData(Roles.Reviewer)]
    [InlineData(Roles.HeadOfOffice)]
    public void Provincial_staff_get_their_own_office(string role)
    {
        var card = Assert.Single(DashboardCards.For(Users.With(role, Users.Province)));

        Assert.Equal("office/14", card.Href);
        Assert.Equal("اداره کل استان", card.Title);
        Assert.False(string.IsNullOrWhiteSpace(card.Action));
    }

    [Theory]
    [InlineData(Roles.Reviewer)]
    [InlineData(Roles.HeadOfOffice)]
    public void Provincial_staff_without_a_province_get_no_office_card(string role)
    {
        Assert.Empty(DashboardCards.For(Users.With(role)));
    }

    [Fact]
    public void Admin_gets_the_list_of_offices()
    {
        var card = Assert.Single(DashboardCards.For(Users.Admin));

        Assert.Equal("office", card.Href);
        Assert.Equal("ادارات کل استان‌ها", card.Title);
    }

    [Fact]
    public void A_person_with_several_roles_gets_a_card_for_each()
    {
        var user = new Application.Common.Security.CurrentUserSnapshot(
            "user-1", new HashSet<string>(StringComparer.Ordinal) { Roles.Applicant, Roles.Reviewer }, Users.Province);

        var hrefs = DashboardCards.For(user).Select(c => c.Href).ToList();

        Assert.Equal(["applications", "office/14"], hrefs);
    }

    [Fact]
    public void A_person_with_no_roles_gets_no_cards()
    {
        Assert.Empty(DashboardCards.For(Users.WithoutRoles));
        Assert.Empty(DashboardCards.For(Users.Anonymous));
    }

    [Fact]
    public void A_missing_user_is_a_programming_error()
    {
        Assert.Throws<ArgumentNullException>(() => DashboardCards.For(null!).ToList());
    }
}
