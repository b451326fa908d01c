using Bunit;
using CoopPortal.ComponentTests.TestSupport;
using CoopPortal.Web.Components.Common;
using CoopPortal.Web.Components.Layout;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace CoopPortal.ComponentTests.Common;

public sealed class PageTrailTests : ComponentTest
{
    [Fact]
    public void Links_the_pages_above_and_marks_this_page_as_current_text()
    {
        Context.Services.AddTransient<MudLocalizer, PersianMudLocalizer>();

        var trail = Context.Render<PageTrail>(p => p.Add(c => c.Items,
        [
            new BreadcrumbItem("درخواست‌های من", "applications"),
            new BreadcrumbItem("درخواست تشکیل تعاونی", null, disabled: true),
        ]));

        var link = Assert.Single(trail.FindAll("a"));
        Assert.Equal("applications", link.GetAttribute("href"));
        Assert.Equal("درخواست‌های من", link.TextContent.Trim());
        var current = trail.Find("[aria-current='page']");
        Assert.Equal("درخواست تشکیل تعاونی", current.TextContent.Trim());
        Assert.Equal("span", current.TagName.ToLowerInvariant());
        Assert.DoesNotContain("href=\"#\"", trail.Markup, StringComparison.Ordinal);
        Assert.Equal("مسیر صفحه", trail.Find("[aria-label]").GetAttribute("aria-label"));
    }

    [Fact]
    public void Every_text_the_portal_translates_is_one_MudBlazor_asks_for()
    {
        // Without the portal's localizer, MudBlazor answers from its own English resources.
        var mudBlazorOwn = Context.Services.GetRequiredService<ILocalizationInterceptor>();

        var unknown = PersianMudLocalizer.Keys.Where(key => mudBlazorOwn.Handle(key).ResourceNotFound).ToList();

        Assert.Empty(unknown);
        Assert.True(mudBlazorOwn.Handle("MudNoSuchComponent_Label").ResourceNotFound);
        Assert.Contains("MudBreadcrumbs_Label", PersianMudLocalizer.Keys);
    }

    [Fact]
    public void Answers_in_Persian_with_Persian_digits_and_leaves_other_keys_to_MudBlazor()
    {
        var localizer = new PersianMudLocalizer();

        Assert.Equal("بستن پیام", localizer["MudAlert_Close"].Value);
        Assert.Equal("صفحه ۱۲", localizer["MudPagination_PageIndex", 12].Value);
        // A key the portal does not translate is left to MudBlazor, which then uses its own text.
        Assert.True(localizer["MudColorPicker_Close"].ResourceNotFound);
    }
}
