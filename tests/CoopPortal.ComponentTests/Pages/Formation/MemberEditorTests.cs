using Bunit;
using CoopPortal.ComponentTests.TestSupport;
using CoopPortal.Domain.Common;
using CoopPortal.Web.Components.Pages.Formation;

namespace CoopPortal.ComponentTests.Pages.Formation;

/// <summary>A member's fields: a name longer than the column keeps a Persian message beside it and the editor keeps saving.</summary>
public sealed class MemberEditorTests : ComponentTest
{
    [Fact]
    public void A_150_character_name_shows_a_persian_message_beside_the_field_and_the_other_fields_still_save()
    {
        var form = new MemberForm { Id = Guid.NewGuid() };
        var saves = 0;
        var editor = Context.Render<MemberEditor>(p => p
            .Add(e => e.Form, form)
            .Add(e => e.Index, 0)
            .Add(e => e.ErrorOf, (Func<string, string?>)(_ => null))
            .Add(e => e.OnChanged, () => saves++));

        // A name saves as it is typed (after a pause) and when the field is left: typed, then left.
        editor.Find("input#field-Members-0-FullName").Input(new string('ن', 150));
        editor.Find("input#field-Members-0-FullName").Blur();

        var message = FieldLengths.TooLong(FieldLengths.PersonName);
        editor.WaitForAssertion(() => Assert.Contains(message, editor.Find("#member-0").TextContent, StringComparison.Ordinal));
        Assert.Contains("۱۰۰", message, StringComparison.Ordinal);
        editor.WaitForAssertion(() => Assert.Equal(1, saves));

        // The page still works: another field is taken and saved, and shortening the name clears the message.
        editor.Find("input#field-Members-0-Mobile").Change("09121234567");
        Assert.Equal("09121234567", form.Mobile);
        Assert.Equal(2, saves);
        editor.Find("input#field-Members-0-FullName").Input("مریم کاظمی");
        editor.Find("input#field-Members-0-FullName").Blur();
        editor.WaitForAssertion(() => Assert.DoesNotContain(message, editor.Find("#member-0").TextContent, StringComparison.Ordinal));
        editor.WaitForAssertion(() => Assert.Equal(3, saves));
    }
    [Fact]
    public void A_name_being_typed_is_saved_on_a_pause_and_marked_red_only_once_the_field_is_left()
    {
        const string problem = "نام و نام خانوادگی را کامل بنویسید.";
        var form = new MemberForm { Id = Guid.NewGuid(), FullName = "م" };
        var saves = 0;
        var editor = Context.Render<MemberEditor>(p => p
            .Add(e => e.Form, form)
            .Add(e => e.Index, 0)
            .Add(e => e.ErrorOf, (Func<string, string?>)(f => f == "FullName" ? problem : null))
            .Add(e => e.OnChanged, () => saves++));
        Assert.Contains(problem, editor.Find("#member-0").TextContent, StringComparison.Ordinal);

        // Typed, no blur: saved after the pause, and not red while the person is still in the field. The pause is
        // MudBlazor's own timer on the thread pool: on a loaded machine it may fire late, so the wait is for the save,
        // with room (a state awaited, not a time asserted).
        // The save and the render that follows it are one state waited for together: the save is counted inside the
        // change's handler, before the component renders again, so the markup read at the count alone could still be
        // the one from before the pause (seen once in a loaded CI run).
        editor.Find("input#field-Members-0-FullName").Input("مریم");
        editor.WaitForAssertion(() =>
        {
            Assert.Equal(1, saves);
            Assert.DoesNotContain(problem, editor.Find("#member-0").TextContent, StringComparison.Ordinal);
        }, TimeSpan.FromSeconds(30));
        Assert.Equal("مریم", form.FullName);

        editor.Find("input#field-Members-0-FullName").Blur();
        editor.WaitForAssertion(() => Assert.Contains(problem, editor.Find("#member-0").TextContent, StringComparison.Ordinal), TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void An_amount_typed_without_separators_is_read_back_under_its_field_with_persian_digits_and_separators()
    {
        var form = new MemberForm { Id = Guid.NewGuid(), Paid = "۵۰۰٬۰۰۰" }; // as saved: already written as a quantity
        var editor = Context.Render<MemberEditor>(p => p
            .Add(e => e.Form, form)
            .Add(e => e.Index, 0)
            .Add(e => e.ErrorOf, (Func<string, string?>)(_ => null)));
        Assert.DoesNotContain("یعنی", editor.Find("#member-0").TextContent, StringComparison.Ordinal);

        editor.Find("input#field-Members-0-ShareSubscribed").Change("1250000");
        editor.Find("input#field-Members-0-InKindValue").Change("۲۰۰,۰۰۰");

        Assert.Equal("1250000", form.Share); // kept as typed; the server reads it
        var hints = editor.FindAll("#member-0 .mud-input-helper-text").Select(h => h.TextContent.Trim()).ToList();
        Assert.Contains("یعنی ۱٬۲۵۰٬۰۰۰ ریال", hints);
        Assert.Contains("یعنی ۲۰۰٬۰۰۰ ریال؛ در صورت نبود، خالی بگذارید", hints);
        Assert.Contains("دست‌کم یک‌سوم سرمایه باید پرداخت شود", hints);
    }
}
