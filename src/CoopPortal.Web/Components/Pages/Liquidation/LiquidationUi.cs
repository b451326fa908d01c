using CoopPortal.Domain.Liquidation;
using MudBlazor;

namespace CoopPortal.Web.Components.Pages.Liquidation;

/// <summary>The liquidation pages' addresses and colours.</summary>
internal static class LiquidationUi
{
    public const string ListUrl = "liquidations";

    public const string OfficeListUrl = "office/liquidations";

    public static string CaseUrl(Guid id) => $"liquidations/{id}";

    public static string OfficeUrl(Guid id) => $"office/liquidations/{id}";

    public static string FileUrl(Guid id, Guid fileId) => $"liquidations/{id}/files/{fileId}";

    public static Color StatusColor(LiquidationStatus status) => status switch
    {
        LiquidationStatus.StruckOff => Color.Default, // grey, as the cooperative's own chip (Color.Dark is left out of the stylesheet, ADR 0020)
        LiquidationStatus.ReturnedForCorrection => Color.Warning,
        LiquidationStatus.FinalReportFiled or LiquidationStatus.Recommended => Color.Info,
        _ => Color.Primary,
    };
}
