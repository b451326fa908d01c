using Bunit;
using CoopPortal.ComponentTests.TestSupport;
using CoopPortal.Web.Components.Pages;

namespace CoopPortal.ComponentTests.Pages;

public sealed class HomeTests : ComponentTest
{
    private static readonly string[] ServiceTitles = ["تشکیل تعاونی", "خوداظهاری نظارتی", "کارتابل اداره کل"];

    [Fact]
    public void Anonymous_visitor_is_invited_to_register_and_log_in()
    {
        Context.AddAuthorization();

        var page = Context.Render<Home>();

        Assert.Equal("Account/Register", HrefOf(page, "ثبت‌نام با کد ملی"));
        Assert.Equal("Account/Login", HrefOf(page, "ورود به سامانه"));
        Assert.DoesNotContain(page.FindAll("a"), a => a.GetAttribute("href") == "dashboard");
    }

    [Fact]
    public void Signed_in_person_is_sent_to_the_dashboard()
    {
        Context.AddAuthorization().SetAuthorized("0076229645");

        var page = Context.Render<Home>();

        Assert.Equal("dashboard", HrefOf(page, "رفتن به پیشخوان"));
        Assert.DoesNotContain(page.FindAll("a"), a => a.GetAttribute("href") is "Account/Register" or "Account/Login");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Shows_the_three_services(bool signedIn)
    {
        var auth = Context.AddAuthorization();
        if (signedIn)
        {
            auth.SetAuthorized("0076229645");
        }

        var page = Context.Render<Home>();

        var titles = page.FindAll(".service-card h2").Select(h => h.TextContent.Trim());
        Assert.Equal(ServiceTitles, titles);
    }

    [Fact]
    public void Numbers_are_written_in_persian_digits()
    {
        Context.AddAuthorization();

        var page = Context.Render<Home>();

        var steps = page.Find("ol.steps").TextContent;
        Assert.Contains("دست‌کم ۷ عضو", steps, StringComparison.Ordinal);
        Assert.Contains("تا ۵ نام پیشنهادی", steps, StringComparison.Ordinal);
        Assert.DoesNotContain(" 7 ", page.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain(" 5 ", page.Markup, StringComparison.Ordinal);
    }

    private static string? HrefOf(IRenderedComponent<Home> page, string text) =>
        Assert.Single(page.FindAll("a"), a => a.TextContent.Trim() == text).GetAttribute("href");
}
