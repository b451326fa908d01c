using Bunit;
using CoopPortal.ComponentTests.TestSupport;
using CoopPortal.Web.Components.Pages;

namespace CoopPortal.ComponentTests.Pages;

public sealed class NotFoundTests : ComponentTest
{
    [Fact]
    public void Says_the_page_was_not_found_in_persian()
    {
        var page = Context.Render<NotFound>();

        Assert.Equal("صفحه پیدا نشد", page.Find("h1").TextContent.Trim());
        Assert.Contains("نشانی‌ای که وارد کرده‌اید درست نیست", page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Offers_a_way_back_to_the_home_page()
    {
        var page = Context.Render<NotFound>();

        // MudButton renders an anchor only for a non-blank Href (Href="" gave a button that went nowhere).
        var home = Assert.Single(page.FindAll("a"), e => e.TextContent.Trim() == "بازگشت به صفحه نخست");
        Assert.Equal("/", home.GetAttribute("href"));
    }
}
