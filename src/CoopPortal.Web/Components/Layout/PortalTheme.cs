using MudBlazor;

namespace CoopPortal.Web.Components.Layout;

/// <summary>
/// The portal's look: Vazirmatn (Persian digits), a calm government green, readable sizes. Every state colour is dark
/// enough for text on white and on the page background (4.5:1 or more) and for white text on it; MudBlazor's own
/// success, warning, info and error colours are 2.1 to 3.7:1 (issue 17). Input borders are 4.5:1 (3:1 is required).
/// </summary>
internal static class PortalTheme
{
    private static readonly string[] Fonts = ["Vazirmatn FD", "Roboto", "Segoe UI", "Tahoma", "Arial", "DejaVu Sans", "sans-serif"];

    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#0b6e4f",
            Secondary = "#1d4e89",
            AppbarBackground = "#0b6e4f",
            Background = "#f6f7f9",
            DrawerBackground = "#ffffff",
            Success = "#2e7d32",
            Warning = "#9a5b00",
            Info = "#0b5cad",
            Error = "#b3261e",
            TextSecondary = "#59636e",
            LinesInputs = "#6e7781",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = Fonts, FontSize = "0.95rem", LineHeight = "1.8" },
            H1 = new H1Typography { FontFamily = Fonts, FontSize = "2rem", FontWeight = "700" },
            H2 = new H2Typography { FontFamily = Fonts, FontSize = "1.6rem", FontWeight = "700" },
            H3 = new H3Typography { FontFamily = Fonts, FontSize = "1.35rem", FontWeight = "700" },
            H4 = new H4Typography { FontFamily = Fonts, FontSize = "1.2rem", FontWeight = "700" },
            H5 = new H5Typography { FontFamily = Fonts, FontSize = "1.1rem", FontWeight = "700" },
            H6 = new H6Typography { FontFamily = Fonts, FontSize = "1rem", FontWeight = "700" },
            Button = new ButtonTypography { FontFamily = Fonts, FontWeight = "500", TextTransform = "none" },
            Body1 = new Body1Typography { FontFamily = Fonts },
            Body2 = new Body2Typography { FontFamily = Fonts },
            Subtitle1 = new Subtitle1Typography { FontFamily = Fonts },
            Subtitle2 = new Subtitle2Typography { FontFamily = Fonts },
            Caption = new CaptionTypography { FontFamily = Fonts },
            Overline = new OverlineTypography { FontFamily = Fonts },
        },
    };
}
