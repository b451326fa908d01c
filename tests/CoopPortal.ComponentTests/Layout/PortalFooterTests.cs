using Bunit;
using CoopPortal.ComponentTests.TestSupport;
using CoopPortal.Web.Components.Layout;

namespace CoopPortal.ComponentTests.Layout;

/// <summary>The footer of every page (issue 18 point 8): a contentinfo landmark with the four public pages.</summary>
public sealed class PortalFooterTests : ComponentTest
{
    private static readonly (string Href, string Text)[] Expected =
    [
        ("help", "راهنما"),
        ("contact", "تماس با اداره کل تعاون استان"),
        ("privacy", "حریم خصوصی"),
        ("accessibility", "بیانیه دسترس‌پذیری"),
    ];

    [Fact]
    public void Is_a_footer_landmark_with_the_help_contact_privacy_and_accessibility_links_in_order()
    {
        var footer = Context.Render<PortalFooter>();

        var element = footer.Find("footer");
        Assert.Null(element.Closest("main, nav, article, aside, section")); // a footer inside these is no contentinfo
        Assert.Equal("پیوندهای پایین صفحه", footer.Find("footer nav").GetAttribute("aria-label"));
        var links = footer.FindAll("footer nav a").Select(a => (a.GetAttribute("href"), a.TextContent.Trim())).ToArray();
        Assert.Equal(Expected.Select(e => ((string?)e.Href, e.Text)), links);
    }

    [Fact]
    public void On_a_page_without_the_base_address_the_links_start_at_the_root()
    {
        var footer = Context.Render<PortalFooter>(p => p.Add(f => f.Root, "/"));

        Assert.Equal(Expected.Select(e => "/" + e.Href), footer.FindAll("footer nav a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void Its_links_are_plain_links_the_keyboard_reaches_in_reading_order()
    {
        var footer = Context.Render<PortalFooter>();

        Assert.All(footer.FindAll("footer a"), a =>
        {
            Assert.Null(a.GetAttribute("tabindex"));
            Assert.False(string.IsNullOrWhiteSpace(a.GetAttribute("href")));
        });
    }
}
