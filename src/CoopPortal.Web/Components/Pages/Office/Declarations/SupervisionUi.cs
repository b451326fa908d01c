using CoopPortal.Application.Common.Formatting;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Supervision;
using MudBlazor;

namespace CoopPortal.Web.Components.Pages.Office.Declarations;

/// <summary>Display helpers of the office's self-declaration pages (presentation only: the rules live in the domain).</summary>
internal static class SupervisionUi
{
    /// <summary>High risk red, medium orange, low green.</summary>
    public static Color BandColor(RiskBand band) => band switch
    {
        RiskBand.High => Color.Error,
        RiskBand.Medium => Color.Warning,
        _ => Color.Success,
    };

    /// <summary>A CSS class per band (risk-high, risk-medium, risk-low) for tests and styling.</summary>
    public static string BandClass(RiskBand band) => band switch
    {
        RiskBand.High => "risk-high",
        RiskBand.Medium => "risk-medium",
        _ => "risk-low",
    };

    /// <summary>The evidence of a finding as shown: Persian digits and separators.</summary>
    public static string Evidence(string? evidence) => PersianFormat.Quantities(evidence);

    public static Color StatusColor(DeclarationStatus status) => status switch
    {
        DeclarationStatus.Accepted => Color.Success,
        DeclarationStatus.ReturnedForCorrection => Color.Warning,
        DeclarationStatus.InspectionPlanned => Color.Secondary,
        DeclarationStatus.Inspected => Color.Info,
        DeclarationStatus.Draft => Color.Default,
        _ => Color.Info,
    };

    public static string Date(DateOnly? date) => date is { } d ? Application.Common.Formatting.PersianFormat.Date(d) : "—";
}
