using Bunit;
using CoopPortal.ComponentTests.TestSupport;
using CoopPortal.Domain.Assemblies;
using CoopPortal.Web.Components.Pages.GeneralAssemblies;

namespace CoopPortal.ComponentTests.GeneralAssemblies;

public sealed class AttendanceEditorTests : ComponentTest
{
    [Fact]
    public void Twenty_members_at_an_ordinary_first_call_need_eleven()
    {
        var editor = Render(new MinutesFormModel { Members = "۲۰" }, GeneralAssemblyKind.Ordinary);

        Assert.Contains("دست‌کم ۱۱ نفر از ۲۰ عضو", editor.Find("#minutes-quorum").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_quorum_follows_the_call_the_kind_and_the_members_as_typed()
    {
        var model = new MinutesFormModel { Members = "20", Present = "۹", Represented = "۱" };
        var editor = Render(model, GeneralAssemblyKind.Extraordinary);

        // More than 66 percent of 20: 14; ten came.
        Assert.Contains("دست‌کم ۱۴ نفر از ۲۰ عضو", editor.Find("#minutes-quorum").TextContent, StringComparison.Ordinal);
        Assert.Contains("حد نصاب فراهم نیست", editor.Find("#minutes-quorum").TextContent, StringComparison.Ordinal);

        editor.Find("input#minutes-members").Input("۱۰");
        editor.WaitForAssertion(() => Assert.Contains("دست‌کم ۷ نفر از ۱۰ عضو", editor.Find("#minutes-quorum").TextContent, StringComparison.Ordinal));
        Assert.Contains("حد نصاب فراهم است", editor.Find("#minutes-quorum").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_members_the_line_asks_for_them()
    {
        var editor = Render(new MinutesFormModel { Call = MeetingCall.Second }, GeneralAssemblyKind.Ordinary);

        Assert.Contains("تعداد اعضا را وارد کنید", editor.Find("#minutes-quorum").TextContent, StringComparison.Ordinal);
        Assert.Contains("نوبت دوم", editor.Find("#minutes-quorum").TextContent, StringComparison.Ordinal);
    }

    private IRenderedComponent<AttendanceEditor> Render(MinutesFormModel model, GeneralAssemblyKind kind) =>
        Context.Render<AttendanceEditor>(p => p
            .Add(c => c.Model, model)
            .Add(c => c.Kind, kind)
            .Add(c => c.Rules, AssemblyRules.Default));
}
