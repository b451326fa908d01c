using Bunit;
using CoopPortal.ComponentTests.TestSupport;
using CoopPortal.Web.Components.Pages.Formation;

namespace CoopPortal.ComponentTests.Pages.Formation;

/// <summary>A member folded into the members list (issue 18): short, with what is missing and the way to open it.</summary>
public sealed class MemberRowTests : ComponentTest
{
    [Fact]
    public void A_row_says_who_what_is_missing_and_holds_the_members_fields_for_the_summary_links()
    {
        var opened = 0;
        var cut = Context.Render<MemberRow>(p => p
            .Add(r => r.Form, new MemberForm { Id = Guid.NewGuid(), FullName = "مریم احمدی", NationalCode = "۰۰۷۶۲۲۹۶۴۵", Share = "۱۰٬۰۰۰٬۰۰۰" })
            .Add(r => r.Index, 2)
            .Add(r => r.Problems, ["کد ملی معتبر نیست؛ رقم‌ها را دوباره بررسی کنید."])
            .Add(r => r.OnEdit, () => opened++));

        Assert.Contains("عضو ۳: مریم احمدی", cut.Find("#member-2").TextContent, StringComparison.Ordinal);
        Assert.Equal("0076229645", cut.Find("#member-2 bdi.code").TextContent); // a code: Latin digits
        Assert.Contains("کد ملی معتبر نیست", cut.Find(".member-row-problems").TextContent, StringComparison.Ordinal);
        Assert.Equal("field-Members-2-", cut.Find("#edit-member-2").GetAttribute("data-holds"));
        cut.Find("#edit-member-2").Click();
        Assert.Equal(1, opened);
    }

    [Fact]
    public void A_read_only_row_offers_no_edit_or_removal()
    {
        var cut = Context.Render<MemberRow>(p => p
            .Add(r => r.Form, new MemberForm { Id = Guid.NewGuid(), FullName = "علی رضایی" })
            .Add(r => r.Index, 0)
            .Add(r => r.ReadOnly, true));

        Assert.Empty(cut.FindAll("#edit-member-0, #remove-member-0"));
        Assert.Empty(cut.FindAll(".member-row-problems"));
    }
}
