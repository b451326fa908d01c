using Bunit;
using CoopPortal.Application.Common.Formatting;
using CoopPortal.ComponentTests.TestSupport;
using CoopPortal.Domain.Supervision;
using CoopPortal.Web.Components.Common;
using CoopPortal.Web.Components.Pages.Office.Declarations;
using CoopPortal.Web.Components.Pages.Supervision;

namespace CoopPortal.ComponentTests.Common;

/// <summary>
/// Codes on the pages (docs/glossary.md, issue 18 point 7): Latin digits, left to right, in the element and class that
/// draw them in the Latin font (the pages' Vazirmatn FD would draw ASCII digits as Persian).
/// </summary>
public sealed class CodeTextTests : ComponentTest
{
    [Fact]
    public void A_code_stored_with_persian_digits_is_shown_with_latin_digits_left_to_right_in_the_code_font()
    {
        var cut = Context.Render<CodeText>(p => p
            .Add(c => c.Value, "۱۴۰۵-۱۴-۰۰۰۰۱")
            .Add(c => c.Class, "extra")
            .AddUnmatched("id", "registration"));

        var code = cut.Find("bdi#registration");
        Assert.Equal("ltr", code.GetAttribute("dir"));
        Assert.Equal(["code", "extra"], code.ClassList);
        Assert.Equal("1405-14-00001", code.TextContent);
    }

    [Fact]
    public void No_code_shows_a_dash()
    {
        var cut = Context.Render<CodeText>(p => p.Add(c => c.Value, null));

        Assert.Equal("—", cut.Find("bdi.code").TextContent);
    }

    [Fact]
    public void A_code_in_a_sentence_of_plain_text_is_drawn_as_a_code_and_its_marks_are_not_shown()
    {
        var text = $"مجمع تأیید و تعاونی با شماره ثبت {PersianFormat.CodeInText("1405-14-00001")} ثبت شد؛ درخواست {PersianFormat.CodeInText("K7TM-29QH")}.";

        var cut = Context.Render<TextWithCodes>(p => p.Add(c => c.Text, text));

        Assert.Equal(["1405-14-00001", "K7TM-29QH"], cut.FindAll("bdi.code[dir=ltr]").Select(e => e.TextContent));
        Assert.Equal("مجمع تأیید و تعاونی با شماره ثبت 1405-14-00001 ثبت شد؛ درخواست K7TM-29QH.", cut.Markup
            .Replace("<bdi dir=\"ltr\" class=\"code\">", string.Empty, StringComparison.Ordinal)
            .Replace("</bdi>", string.Empty, StringComparison.Ordinal));
        Assert.DoesNotContain(PersianFormat.CodeStart, cut.Markup);
        Assert.DoesNotContain(PersianFormat.CodeEnd, cut.Markup);
    }

    [Theory]
    [InlineData("اعلانی بی‌کد")]
    [InlineData("نیمه \u2066باز")] // a start without an end is text
    public void Text_without_a_whole_code_is_shown_as_it_is(string text)
    {
        var cut = Context.Render<TextWithCodes>(p => p.Add(c => c.Text, text));

        Assert.Empty(cut.FindAll("bdi"));
        Assert.Equal(text, cut.Markup);
    }

    [Fact]
    public void An_answer_that_holds_a_code_shows_it_as_a_code()
    {
        var cut = Context.Render<LiveMessage>(p => p
            .Add(c => c.Text, $"خوداظهاری ارسال شد. کد رهگیری: {PersianFormat.CodeInText("D4QX-71MN")}.")
            .Add(c => c.Id, "answer"));

        Assert.Equal("D4QX-71MN", cut.Find("#answer bdi.code").TextContent);
    }

    [Fact]
    public void The_rule_ids_are_latin_for_the_manager_as_for_the_reviewer()
    {
        var finding = new RiskFinding("R09", "خوداظهاری پس از مهلت ارسال شده است.", 10, "ارسال: 1404/06/10؛ مهلت: 1404/04/31");

        var manager = Context.Render<RiskPanel>(p => p.Add(c => c.Risk, new RiskAssessment(10, RiskBand.Low, [finding])));
        var reviewer = Context.Render<RiskFindings>(p => p.Add(c => c.Findings, [finding]));

        Assert.Equal("R09", manager.Find("#decl-finding-R09 bdi.code").TextContent);
        Assert.Equal("R09", reviewer.Find("tr.risk-finding bdi.code.risk-rule-id").TextContent);
    }
}
