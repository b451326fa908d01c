using Bunit;
using CoopPortal.ComponentTests.TestSupport;
using CoopPortal.Web.Components.Account.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace CoopPortal.ComponentTests.Account;

public sealed class FormFieldTests : ComponentTest
{
    private const string Message = "کد ملی معتبر نیست.";

    [Fact]
    public void Shows_the_label_for_its_input_and_the_hint()
    {
        var field = RenderField(errors: null);

        var label = field.Find("label");
        Assert.Equal("NationalCode", label.GetAttribute("for"));
        Assert.Equal("کد ملی", label.TextContent.Trim());
        var hint = field.Find(".hint");
        Assert.Equal("NationalCode-hint", hint.Id);
        Assert.Equal("ده رقم، بدون خط تیره", hint.TextContent.Trim());
        Assert.NotNull(field.Find("input#NationalCode"));
    }

    [Fact]
    public void Without_a_hint_renders_no_hint_element()
    {
        var field = Context.Render<FormField>(p => p
            .Add(c => c.Id, "Password")
            .Add(c => c.Label, "رمز عبور"));

        Assert.Empty(field.FindAll(".hint"));
    }

    [Fact]
    public void Without_errors_shows_no_message_and_no_error_class()
    {
        var field = RenderField(errors: null);

        Assert.Empty(field.FindAll(".error-message"));
        Assert.False(field.Find("div.field").ClassList.Contains("field-error"));
    }

    [Fact]
    public void Shows_its_own_error_and_marks_itself()
    {
        var field = RenderField(new Dictionary<string, string[]> { ["NationalCode"] = [Message] });

        var error = Assert.Single(field.FindAll(".error-message"));
        Assert.Equal($"خطا: {Message}", error.TextContent.Trim());
        Assert.Equal("NationalCode-error", error.Id);
        Assert.True(field.Find("div.field").ClassList.Contains("field-error"));
    }

    [Fact]
    public void Ties_its_input_to_the_hint_and_the_error_and_marks_it_invalid()
    {
        var field = RenderField(new Dictionary<string, string[]> { ["NationalCode"] = [Message, "دوباره وارد کنید."] });

        var input = field.Find("input#NationalCode");
        Assert.Equal("NationalCode-hint NationalCode-error", input.GetAttribute("aria-describedby"));
        Assert.Equal("true", input.GetAttribute("aria-invalid"));
        Assert.Single(field.FindAll("#NationalCode-error"));
        Assert.Equal(2, field.FindAll("#NationalCode-error > div").Count);
    }

    [Fact]
    public void A_valid_input_is_described_by_its_hint_only()
    {
        var field = RenderField(errors: null);

        var input = field.Find("input#NationalCode");
        Assert.Equal("NationalCode-hint", input.GetAttribute("aria-describedby"));
        Assert.False(input.HasAttribute("aria-invalid"));
    }

    [Fact]
    public void Ignores_the_errors_of_other_fields()
    {
        var field = RenderField(new Dictionary<string, string[]>
        {
            ["Mobile"] = ["شماره همراه معتبر نیست."],
            [""] = ["whole-form message"],
        });

        Assert.Empty(field.FindAll(".error-message"));
        Assert.False(field.Find("div.field").ClassList.Contains("field-error"));
        Assert.DoesNotContain("شماره همراه معتبر نیست.", field.Markup, StringComparison.Ordinal);
    }

    private IRenderedComponent<FormField> RenderField(Dictionary<string, string[]>? errors) =>
        Context.Render<FormField>(p => p
            .Add(c => c.Id, "NationalCode")
            .Add(c => c.Label, "کد ملی")
            .Add(c => c.Hint, "ده رقم، بدون خط تیره")
            .Add(c => c.Errors, errors)
            .Add(c => c.ChildContent, (RenderFragment<FormField.FieldContext>)(context => b =>
            {
                b.OpenElement(0, "input");
                b.AddMultipleAttributes(1, context.Attributes);
                b.AddAttribute(2, "id", "NationalCode");
                b.CloseElement();
            })));
}
