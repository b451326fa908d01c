using CoopPortal.Build;
using CoopPortal.Testing;

namespace CoopPortal.UnitTests.Hosting;

/// <summary>The trimming of MudBlazor's stylesheet (src/CoopPortal.Web/Build/TrimMudBlazorCss.cs, ADR 20).</summary>
public sealed class MudBlazorStylesheetTests
{
    private static readonly HashSet<string> Gone = new(StringComparer.Ordinal) { "mud-slider", "pa-7", "gone" };

    private static string Trim(string css) => CssTrimmer.Trim(css, Gone.Contains);

    [Fact]
    public void A_rule_goes_when_its_selector_needs_a_dropped_class_and_stays_otherwise()
    {
        Assert.Equal(".mud-button{color:red}", Trim(".mud-slider{color:blue}.mud-button{color:red}"));
        Assert.Equal(".mud-button .x{a:b}", Trim(".mud-slider .x,.mud-button .x{a:b}"));
        Assert.Equal("div>span:hover{a:b}", Trim("div>span:hover{a:b}"));
        Assert.Equal(string.Empty, Trim(".mud-button.gone{a:b}"));
    }

    [Fact]
    public void A_class_inside_a_functional_pseudo_class_is_not_required()
    {
        Assert.Equal(".mud-button:not(.mud-slider){a:b}", Trim(".mud-button:not(.mud-slider){a:b}"));
        Assert.Equal(["mud-button"], CssTrimmer.RequiredClasses(".mud-button:not(.gone,.mud-slider)[data-x='.gone']"));
    }

    [Fact]
    public void Media_blocks_keep_what_is_left_and_go_when_empty_keyframes_and_font_faces_stay_whole()
    {
        const string Css = "@media(min-width:600px){.pa-7{p:1}.mud-button{p:2}}@media print{.gone{x:y}}"
                           + "@keyframes mud-slider-spin{0%{a:b}to{a:c}}@font-face{font-family:x;src:url(a.woff2)}";

        Assert.Equal(
            "@media(min-width:600px){.mud-button{p:2}}@keyframes mud-slider-spin{0%{a:b}to{a:c}}@font-face{font-family:x;src:url(a.woff2)}",
            Trim(Css));
    }

    [Fact]
    public void Braces_inside_strings_do_not_end_a_rule()
    {
        Assert.Equal(".mud-button::before{content:\"}{\"}", Trim(".mud-slider::after{content:\"{\"}.mud-button::before{content:\"}{\"}"));
    }

    [Fact]
    public void The_classes_a_stylesheet_names_are_its_selectors_classes()
    {
        var classes = CssTrimmer.ClassesOf("@media print{.a .b:hover{x:y}}.c,.d:not(.e){u:url(x.png)}@keyframes k{0%{a:b}}");

        Assert.Equal(["a", "b", "c", "d"], classes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_utility_class_stays_only_when_a_source_names_it_or_the_start_it_is_built_from()
    {
        var policy = new MudBlazorClassPolicy([]);
        policy.Learn("""<MudPaper Class="pa-4 mb-2 d-flex" /> @($"gap-{Spacing}")""");

        Assert.False(policy.IsDropped("pa-4"));
        Assert.False(policy.IsDropped("d-flex"));
        Assert.False(policy.IsDropped("gap-md-6"));
        Assert.True(policy.IsDropped("pa-5"));
        Assert.True(policy.IsDropped("mt-sm-n3"));
        Assert.True(policy.IsDropped("deep-purple-text"));
        Assert.False(policy.IsDropped("horizontal"));
    }

    [Fact]
    public void A_mud_class_goes_only_when_its_component_or_colour_is_listed_as_unused()
    {
        var policy = new MudBlazorClassPolicy(MudBlazorClassPolicy.ReadList("# comment\nmud-slider   # MudSlider\n-dark-\n!mud-overlay-dark # kept\n"));

        Assert.True(policy.IsDropped("mud-slider"));
        Assert.True(policy.IsDropped("mud-slider-input"));
        Assert.False(policy.IsDropped("mud-sliderish"));
        Assert.True(policy.IsDropped("mud-button-filled-dark"));
        Assert.True(policy.IsDropped("mud-dark-text"));
        Assert.False(policy.IsDropped("mud-button-filled-primary"));
        Assert.False(policy.IsDropped("mud-darkened"));
        Assert.False(policy.IsDropped("mud-overlay-dark"));
        Assert.True(policy.IsDropped("mud-overlay-dark-extra"));
    }

    [Fact]
    public void The_built_stylesheet_keeps_the_components_the_portal_shows_and_not_the_others()
    {
        var built = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "CoopPortal.Web", "wwwroot", "lib", "mudblazor", "MudBlazor.min.css"));
        var classes = CssTrimmer.ClassesOf(built);

        Assert.Contains("mud-button-filled-primary", classes);
        Assert.Contains("mud-input-outlined", classes);
        Assert.Contains("mud-drawer-open-responsive-md-right", classes);
        Assert.Contains("mud-picker-calendar-header-switch", classes);
        Assert.Contains("mud-chart-donut", classes);
        Assert.Contains("pa-4", classes);
        Assert.DoesNotContain("mud-slider", classes);
        Assert.DoesNotContain("mud-button-filled-dark", classes);
        Assert.DoesNotContain("ma-sm-7", classes);
        Assert.True(built.Length < 350_000, $"the portal's copy is {built.Length} characters (MudBlazor's own about 627,000)");
    }
}
