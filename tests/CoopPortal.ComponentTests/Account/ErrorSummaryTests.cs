using Bunit;
using CoopPortal.ComponentTests.TestSupport;
using CoopPortal.Web.Components.Account.Shared;

namespace CoopPortal.ComponentTests.Account;

public sealed class ErrorSummaryTests : ComponentTest
{
    private const string NationalCodeMessage = "کد ملی معتبر نیست؛ ده رقم آن را دوباره بررسی کنید.";
    private const string WholeFormMessage = "whole-form message";

    [Fact]
    public void Renders_nothing_without_errors()
    {
        var summary = Context.Render<ErrorSummary>();

        Assert.Equal(string.Empty, summary.Markup.Trim());
    }

    [Fact]
    public void Renders_nothing_for_an_empty_set_of_errors()
    {
        var summary = Context.Render<ErrorSummary>(p => p.Add(c => c.Errors, new Dictionary<string, string[]>()));

        Assert.Equal(string.Empty, summary.Markup.Trim());
    }

    [Fact]
    public void Lists_each_field_error_as_a_link_to_its_field_and_a_whole_form_error_as_text()
    {
        var errors = new Dictionary<string, string[]>
        {
            ["NationalCode"] = [NationalCodeMessage],
            [""] = [WholeFormMessage],
        };

        var summary = Context.Render<ErrorSummary>(p => p.Add(c => c.Errors, errors));

        var alert = summary.Find("[role=alert]");
        Assert.Equal("error-summary", alert.Id);
        Assert.Equal("لطفاً این موارد را اصلاح کنید", summary.Find("#error-summary-title").TextContent.Trim());

        var items = summary.FindAll("li");
        Assert.Equal(2, items.Count);

        var link = Assert.Single(summary.FindAll("a"));
        Assert.EndsWith("#NationalCode", link.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal(NationalCodeMessage, link.TextContent.Trim());

        var wholeForm = Assert.Single(items, li => li.TextContent.Trim() == WholeFormMessage);
        Assert.Null(wholeForm.QuerySelector("a"));
    }

    [Fact]
    public void Every_message_of_a_field_is_listed()
    {
        var errors = new Dictionary<string, string[]> { ["Password"] = ["first", "second"] };

        var summary = Context.Render<ErrorSummary>(p => p.Add(c => c.Errors, errors));

        var links = summary.FindAll("a");
        Assert.Equal(["first", "second"], links.Select(a => a.TextContent.Trim()));
        Assert.All(links, a => Assert.EndsWith("#Password", a.GetAttribute("href"), StringComparison.Ordinal));
    }

    [Fact]
    public void Uses_the_given_title()
    {
        var errors = new Dictionary<string, string[]> { [""] = [WholeFormMessage] };

        var summary = Context.Render<ErrorSummary>(p => p
            .Add(c => c.Errors, errors)
            .Add(c => c.Title, "ورود ناموفق بود"));

        Assert.Equal("ورود ناموفق بود", summary.Find("#error-summary-title").TextContent.Trim());
    }
}
