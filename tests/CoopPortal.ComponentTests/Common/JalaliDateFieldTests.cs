using Bunit;
using CoopPortal.ComponentTests.TestSupport;
using CoopPortal.Web.Components.Common;
using MudBlazor;

namespace CoopPortal.ComponentTests.Common;

/// <summary>A Jalali date typed in any digits or chosen from a Persian calendar (issue 17, point 7).</summary>
public sealed class JalaliDateFieldTests : ComponentTest
{
    private IRenderedComponent<JalaliDateField> Render(string? value, Action<string?>? changed = null) =>
        Context.Render<JalaliDateField>(p => p
            .Add(c => c.Value, value)
            .Add(c => c.ValueChanged, (string? v) => changed?.Invoke(v))
            .Add(c => c.Label, "تاریخ برگزاری مجمع")
            .AddUnmatched("id", "assembly-held-on"));

    [Fact]
    public void What_is_typed_is_handed_on_as_typed_in_whatever_digits()
    {
        string? typed = null;
        var field = Render(null, v => typed = v);

        field.Find("input#assembly-held-on").Change("1405/9/14");

        Assert.Equal("1405/9/14", typed);
        Assert.Empty(field.FindAll(".jalali-calendar"));
    }

    [Fact]
    public void The_calendar_opens_on_the_fields_month_in_Persian_and_a_chosen_day_is_written_with_Persian_digits()
    {
        string? chosen = null;
        var field = Render("۱۴۰۵/۰۹/۱۴", v => chosen = v);

        field.Find(".mud-input-adornment button").Click();

        var calendar = field.Find(".jalali-calendar");
        Assert.Contains("آذر", calendar.TextContent, StringComparison.Ordinal);
        Assert.Contains("1405", calendar.TextContent, StringComparison.Ordinal);
        Assert.Equal("تقویم برای «تاریخ برگزاری مجمع»", calendar.GetAttribute("aria-label"));

        var picker = field.FindComponent<MudDatePicker>();
        field.InvokeAsync(() => picker.Instance.DateChanged.InvokeAsync(new DateTime(2026, 12, 10)));

        Assert.Equal("۱۴۰۵/۰۹/۱۹", chosen);
        Assert.Empty(field.FindAll(".jalali-calendar"));
    }

    [Fact]
    public void Escape_closes_the_calendar_without_changing_the_date()
    {
        string? chosen = "unchanged";
        var field = Render("۱۴۰۵/۰۹/۱۴", v => chosen = v);
        field.Find(".mud-input-adornment button").Click();

        field.Find(".jalali-date-field").KeyDown(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "Escape" });

        Assert.Empty(field.FindAll(".jalali-calendar"));
        Assert.Equal("unchanged", chosen);
    }
}
