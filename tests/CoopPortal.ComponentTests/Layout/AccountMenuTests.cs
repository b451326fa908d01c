using System.Security.Claims;
using Bunit;
using CoopPortal.ComponentTests.TestSupport;
using CoopPortal.Infrastructure.Identity;
using CoopPortal.Web.Components.Layout;

namespace CoopPortal.ComponentTests.Layout;

public sealed class AccountMenuTests : ComponentTest
{
    [Fact]
    public void Anonymous_visitor_gets_login_and_register_buttons_and_no_account_menu()
    {
        Context.AddAuthorization();

        var menu = Context.Render<AccountMenu>();

        var login = menu.Find("#login-link");
        Assert.Equal("Account/Login", login.GetAttribute("href"));
        Assert.Equal("ورود", login.TextContent.Trim());
        var register = menu.Find("#register-link");
        Assert.Equal("Account/Register", register.GetAttribute("href"));
        Assert.Equal("ثبت‌نام", register.TextContent.Trim());
        Assert.Empty(menu.FindAll("#account-menu"));
        Assert.Empty(menu.FindAll("form"));
    }

    [Fact]
    public void Signed_in_person_sees_their_full_name_on_the_activator()
    {
        SignIn(new Claim(PortalClaims.FullName, "مریم احمدی"));

        var menu = Context.Render<AccountMenu>();

        Assert.Equal("مریم احمدی", menu.Find("#account-menu").TextContent.Trim());
        Assert.Empty(menu.FindAll("#login-link"));
        Assert.Empty(menu.FindAll("#register-link"));
    }

    [Fact]
    public void Signed_in_person_without_a_name_claim_sees_a_generic_label()
    {
        SignIn();

        var menu = Context.Render<AccountMenu>();

        Assert.Equal("حساب من", menu.Find("#account-menu").TextContent.Trim());
    }

    [Fact]
    public void The_menu_is_a_native_disclosure_with_dashboard_password_change_two_factor_and_logout()
    {
        SignIn(new Claim(PortalClaims.FullName, "مریم احمدی"));

        var menu = Context.Render<AccountMenu>();

        // A <details> opens by mouse, touch, Enter and Space without a circuit (the layout is rendered statically).
        var details = menu.Find("details.account-menu");
        Assert.False(details.HasAttribute("open"));
        Assert.Equal("SUMMARY", menu.Find("#account-menu").TagName);
        var items = menu.FindAll(".account-menu-list a").Select(a => (a.GetAttribute("href"), a.TextContent.Trim())).ToList();
        Assert.Equal([("dashboard", "پیشخوان"), ("Account/Manage/ChangePassword", "تغییر رمز عبور"), ("Account/Manage/TwoFactor", "ورود دومرحله‌ای")], items);
        var form = menu.Find("form.logout-form");
        Assert.Equal("Account/Logout", form.GetAttribute("action"));
        Assert.Equal("post", form.GetAttribute("method"));
        var logout = form.QuerySelector("button#logout");
        Assert.NotNull(logout);
        Assert.Equal("submit", logout.GetAttribute("type"));
        Assert.Equal("خروج از حساب", logout.TextContent.Trim());
    }

    private void SignIn(params Claim[] claims)
    {
        var auth = Context.AddAuthorization();
        auth.SetAuthorized("0076229645");
        auth.SetClaims(claims);
    }
}
