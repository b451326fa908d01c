using Bunit;
using CoopPortal.ComponentTests.TestSupport;
using CoopPortal.Web.Components.Common;
using MudBlazor;

namespace CoopPortal.ComponentTests.Common;

/// <summary>The portal's drop-down: options only while open, the chosen value's text always.</summary>
public sealed class OptionSelectTests : ComponentTest
{
    private static readonly SelectOption<int?>[] Provinces = [new(14, "زنجان"), new(8, "تهران"), new(1, "آذربایجان شرقی")];

    [Fact]
    public void A_closed_list_holds_no_options_but_reads_as_the_chosen_value()
    {
        var select = Render(value: 8);

        Assert.Empty(select.FindComponents<MudSelectItem<int?>>());
        Assert.Equal("تهران", select.Find("input#field-ProvinceId").GetAttribute("value"));
        Assert.Equal("استان", select.Find("label").TextContent.Trim());
    }

    [Fact]
    public void Opening_the_list_brings_every_option_and_choosing_one_reports_it()
    {
        int? chosen = null;
        Context.Render<MudPopoverProvider>();
        var select = Render(value: null, changed: v => chosen = v);

        select.InvokeAsync(() => select.FindComponent<MudSelect<int?>>().Instance.OpenMenu());

        var items = select.FindComponents<MudSelectItem<int?>>();
        Assert.Equal([14, 8, 1], items.Select(i => i.Instance.Value));
        select.InvokeAsync(() => select.FindComponent<MudSelect<int?>>().Instance.SelectOption((int?)1));
        Assert.Equal(1, chosen);
    }

    [Fact]
    public async Task Options_passed_by_the_arrow_keys_are_not_reported_only_the_one_the_list_closes_on()
    {
        var reported = new List<int?>();
        Context.Render<MudPopoverProvider>();
        var select = Render(value: null, changed: reported.Add);
        var mud = select.FindComponent<MudSelect<int?>>();

        // What MudSelect does as the arrow keys move: each option passed becomes its value (a keyboard interceptor in
        // the browser calls it, which bUnit has not). Each step is awaited: opening and closing the menu are asynchronous in
        // MudBlazor, and an assertion made while one still runs reads a state halfway.
        await select.InvokeAsync(() => mud.Instance.OpenMenu());
        await select.InvokeAsync(() => mud.Instance.ValueChanged.InvokeAsync(14));
        await select.InvokeAsync(() => mud.Instance.ValueChanged.InvokeAsync(8));

        Assert.Empty(reported);
        Assert.Equal("تهران", select.Find("input#field-ProvinceId").GetAttribute("value"));

        await select.InvokeAsync(() => mud.Instance.CloseMenu());

        Assert.Equal([8], reported);
        Assert.Empty(select.FindComponents<MudSelectItem<int?>>());
    }

    [Fact]
    public void A_value_that_is_no_longer_offered_reads_as_the_unlisted_text()
    {
        var select = Context.Render<OptionSelect<int?>>(p => p
            .Add(s => s.Options, Provinces)
            .Add(s => s.Value, 99)
            .Add(s => s.Unlisted, "(حذف‌شده)")
            .AddUnmatched("id", "field-ProvinceId"));

        Assert.Equal("(حذف‌شده)", select.Find("input#field-ProvinceId").GetAttribute("value"));
    }

    private IRenderedComponent<OptionSelect<int?>> Render(int? value, Action<int?>? changed = null) =>
        Context.Render<OptionSelect<int?>>(p => p
            .Add(s => s.Options, Provinces)
            .Add(s => s.Value, value)
            .Add(s => s.ValueChanged, v => changed?.Invoke(v))
            .Add(s => s.Label, "استان")
            .AddUnmatched("id", "field-ProvinceId"));
}
