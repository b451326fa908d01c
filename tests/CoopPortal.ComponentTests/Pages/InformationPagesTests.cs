using System.Text.RegularExpressions;
using Bunit;
using CoopPortal.ComponentTests.TestSupport;
using CoopPortal.Web.Components.Pages.Info;
using Microsoft.AspNetCore.Components;

namespace CoopPortal.ComponentTests.Pages;

/// <summary>
/// The public help, privacy and accessibility pages (issue 18 point 8): one h1, sections under h2, quantities in Persian
/// digits (Latin digits only inside a left-to-right code), and the facts they promise.
/// </summary>
public sealed partial class InformationPagesTests : ComponentTest
{
    public static TheoryData<Type, string> Pages => new()
    {
        { typeof(Help), "راهنمای سامانه" },
        { typeof(Privacy), "بیانیه حریم خصوصی" },
        { typeof(AccessibilityStatement), "بیانیه دسترس‌پذیری" },
    };

    private IRenderedComponent<DynamicComponent> RenderPage(Type page) => Context.Render<DynamicComponent>(p => p.Add(d => d.Type, page));

    [Theory]
    [MemberData(nameof(Pages))]
    public void Has_one_h1_and_its_sections_under_h2(Type page, string heading)
    {
        var rendered = RenderPage(page);

        Assert.Equal(heading, Assert.Single(rendered.FindAll("h1")).TextContent.Trim());
        Assert.True(rendered.FindAll("h2").Count >= 3);
        Assert.Empty(rendered.FindAll("h3, h4"));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Writes_quantities_in_Persian_digits(Type page, string heading)
    {
        _ = heading;
        var rendered = RenderPage(page);
        foreach (var code in rendered.FindAll("bdi[dir=ltr]"))
        {
            code.Remove();
        }

        Assert.DoesNotMatch(AsciiDigit(), rendered.Find(".info-page").TextContent.Replace("WCAG", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void Help_covers_each_kind_of_user_saving_the_tracking_code_and_whom_to_ask()
    {
        var help = Context.Render<Help>();

        foreach (var section in new[] { "help-account", "help-formation", "help-declaration", "help-verify", "help-saving", "help-tracking", "help-contact" })
        {
            Assert.NotNull(help.Find($"#{section} h2"));
        }

        Assert.Contains("کد رهگیری", help.Find("#help-tracking").TextContent, StringComparison.Ordinal);
        Assert.Contains("«ذخیره شد، ساعت …»", help.Find("#help-saving").TextContent, StringComparison.Ordinal);
        Assert.Equal(["contact", "privacy"], help.FindAll("#help-contact a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void Privacy_names_the_data_who_sees_it_the_cookies_and_how_to_ask()
    {
        var privacy = Context.Render<Privacy>().Find(".info-page").TextContent;

        Assert.Contains("کد ملی، تلفن همراه، ایمیل", privacy, StringComparison.Ordinal);
        Assert.Contains("همان استان", privacy, StringComparison.Ordinal);
        Assert.Contains("کوکی ورود", privacy, StringComparison.Ordinal);
        Assert.Contains("هیچ کوکی یا ابزار ردیابی", privacy, StringComparison.Ordinal);
    }

    [Fact]
    public void The_accessibility_statement_is_dated_in_the_Jalali_calendar_and_names_its_known_limits()
    {
        var statement = Context.Render<AccessibilityStatement>();

        Assert.Equal("شنبه ۱۴ آذر ۱۴۰۵", statement.Find("#a11y-date-value").TextContent.Trim());
        Assert.Contains("WCAG ۲٫۲", statement.Markup, StringComparison.Ordinal);
        Assert.True(statement.FindAll("#a11y-limits li").Count >= 4);
        Assert.Contains("Lighthouse", statement.Find("#a11y-limits").TextContent, StringComparison.Ordinal);
        Assert.Equal("contact", statement.Find("#a11y-report a").GetAttribute("href"));
    }

    [GeneratedRegex("[0-9]")]
    private static partial Regex AsciiDigit();
}
