using AngleSharp.Dom;
using Bunit;
using CoopPortal.Application.Common.Security;
using CoopPortal.ComponentTests.TestSupport;
using CoopPortal.Domain.Users;
using CoopPortal.Web.Components.Layout;
using Microsoft.Extensions.DependencyInjection;

namespace CoopPortal.ComponentTests.Layout;

public sealed class NavMenuTests : ComponentTest
{
    [Fact]
    public void Anonymous_visitor_sees_login_and_register_and_no_dashboard()
    {
        var links = RenderFor(Users.Anonymous);

        Assert.Equal(string.Empty, HrefOf(links, "خانه"));
        Assert.Equal("Account/Login", HrefOf(links, "ورود"));
        Assert.Equal("Account/Register", HrefOf(links, "ثبت‌نام"));
        Assert.DoesNotContain(links, a => a.TextContent.Trim() == "پیشخوان");
        Assert.DoesNotContain(links, a => a.TextContent.Trim() == "تغییر رمز عبور");
        Assert.DoesNotContain(Hrefs(links), href => href.StartsWith("dashboard", StringComparison.Ordinal));
        Assert.DoesNotContain(Hrefs(links), IsOfficeLink);
    }

    [Fact]
    public void Applicant_sees_dashboard_and_change_password_but_no_office()
    {
        var links = RenderFor(Users.Applicant);

        Assert.Equal("dashboard", HrefOf(links, "پیشخوان"));
        Assert.Equal("applications", HrefOf(links, "درخواست‌های تشکیل تعاونی"));
        Assert.Equal("Account/Manage/ChangePassword", HrefOf(links, "تغییر رمز عبور"));
        Assert.DoesNotContain(Hrefs(links), IsOfficeLink);
        Assert.DoesNotContain(links, a => a.TextContent.Trim() == "ورود");
        Assert.DoesNotContain(links, a => a.TextContent.Trim() == "ثبت‌نام");
    }

    [Theory]
    [InlineData(Roles.Reviewer)]
    [InlineData(Roles.HeadOfOffice)]
    public void County_staff_see_their_office_named_as_the_county_office(string role)
    {
        var links = RenderFor(Users.With(role, Users.Province) with { CountyId = 1 });

        Assert.Equal("office/14", HrefOf(links, "اداره تعاون شهرستان"));
        Assert.DoesNotContain(links, l => l.TextContent.Contains("اداره کل استان", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Roles.Reviewer)]
    [InlineData(Roles.HeadOfOffice)]
    public void Provincial_staff_see_their_own_office_and_not_the_list_of_offices(string role)
    {
        var links = RenderFor(Users.With(role, Users.Province));
        Assert.DoesNotContain(Hrefs(links), h => h == "applications");

        Assert.Contains("office/14", Hrefs(links));
        Assert.DoesNotContain("office", Hrefs(links));
        Assert.Single(Hrefs(links), IsOfficeLink);
        Assert.Equal("office/14", HrefOf(links, "اداره کل استان"));
        Assert.Superset(SupervisionLinks.ToHashSet(), Hrefs(links).ToHashSet());
        Assert.DoesNotContain("admin/cooperatives/import", Hrefs(links));
        Assert.DoesNotContain("admin/users", Hrefs(links));
        Assert.DoesNotContain("admin/rules", Hrefs(links));
        if (role == Roles.HeadOfOffice)
        {
            Assert.Equal("statistics", HrefOf(links, "آمار و گزارش‌ها"));
        }
        else
        {
            Assert.DoesNotContain("statistics", Hrefs(links));
        }
    }

    [Fact]
    public void Admin_sees_the_list_of_offices()
    {
        var links = RenderFor(Users.Admin);

        Assert.Equal("office", HrefOf(links, "ادارات کل استان‌ها"));
        Assert.DoesNotContain(Hrefs(links), href => System.Text.RegularExpressions.Regex.IsMatch(href, @"^office/\d+$"));
        Assert.Superset(SupervisionLinks.ToHashSet(), Hrefs(links).ToHashSet());
        Assert.Contains("admin/cooperatives/import", Hrefs(links));
        Assert.Equal("admin/users", HrefOf(links, "کاربران و نقش‌ها"));
        Assert.Equal("admin/rules", HrefOf(links, "قواعد قابل تنظیم"));
        Assert.Equal("statistics", HrefOf(links, "آمار و گزارش‌ها"));
        Assert.Equal("dashboard", HrefOf(links, "پیشخوان"));
    }

    [Theory]
    [InlineData(Roles.Reviewer)]
    [InlineData(Roles.HeadOfOffice)]
    public void Provincial_staff_without_a_province_see_no_office_link(string role)
    {
        var links = RenderFor(Users.With(role));

        Assert.DoesNotContain(Hrefs(links), IsOfficeLink);
        Assert.DoesNotContain(Hrefs(links), h => SupervisionLinks.Contains(h));
        Assert.DoesNotContain("statistics", Hrefs(links));
        Assert.Equal("dashboard", HrefOf(links, "پیشخوان"));
    }

    [Fact]
    public void A_cooperative_manager_sees_their_cooperatives_and_no_office_work()
    {
        var links = RenderFor(Users.With(Roles.CooperativeManager));
        Assert.Equal("cooperatives", HrefOf(links, "تعاونی‌های من و خوداظهاری"));
        Assert.DoesNotContain(Hrefs(links), h => h.StartsWith("office", StringComparison.Ordinal));
        Assert.DoesNotContain("statistics", Hrefs(links));
    }

    private IReadOnlyList<IElement> RenderFor(CurrentUserSnapshot user)
    {
        Context.Services.AddSingleton<ICurrentUserService>(new FakeCurrentUserService(user));
        var menu = Context.Render<NavMenu>();
        return menu.FindAll("a");
    }

    /// <summary>A link to an office overview: the list of offices ("office") or one office ("office/14").</summary>
    private static bool IsOfficeLink(string href) =>
        href == "office" || System.Text.RegularExpressions.Regex.IsMatch(href, @"^office/\d+$");

    private static readonly string[] SupervisionLinks = ["office/assemblies", "office/declarations", "office/compliance"];

    private static List<string> Hrefs(IEnumerable<IElement> links) =>
        links.Select(a => a.GetAttribute("href") ?? string.Empty).ToList();

    private static string? HrefOf(IEnumerable<IElement> links, string text) =>
        Assert.Single(links, a => a.TextContent.Trim() == text).GetAttribute("href");
}
