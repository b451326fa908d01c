using System.Globalization;
using CoopPortal.Application.Common.Formatting;
using CoopPortal.Domain.Supervision;
using CoopPortal.Web.Components.Common;
using MudBlazor;

namespace CoopPortal.Web.Components.Pages.Supervision;

/// <summary>Display helpers of the cooperative and self-declaration pages (presentation only: the rules live in the domain).</summary>
internal static class DeclarationUi
{
    /// <summary>
    /// The HTML id of a declaration field by its problem key: decl-MembersTotal, decl-Officers-0-NationalCode,
    /// decl-Section-Finances.
    /// </summary>
    public static string FieldId(string field) => FieldIds.For(field, "decl-");

    /// <summary>A fiscal year with Persian digits and no thousands separator (۱۴۰۴).</summary>
    public static string Year(int year) => PersianFormat.Digits(year.ToString(CultureInfo.InvariantCulture));

    /// <summary>An ASCII number for element ids (declaration-start-1404).</summary>
    public static string Ascii(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Rials(long? value) => value switch
    {
        null => "—",
        < 0 => $"منفی {PersianFormat.Number(-value.Value)} ریال",
        _ => $"{PersianFormat.Number(value.Value)} ریال",
    };

    public static string Count(long? value) => value is { } v ? PersianFormat.Number(v) : "—";

    /// <summary>The rules write their evidence with ASCII digits and separators; readers see Persian ones.</summary>
    public static string Evidence(string text) => PersianFormat.Quantities(text);

    public static Color StatusColor(DeclarationStatus status) => status switch
    {
        DeclarationStatus.Draft => Color.Default,
        DeclarationStatus.ReturnedForCorrection => Color.Warning,
        DeclarationStatus.InspectionPlanned => Color.Secondary,
        DeclarationStatus.Inspected => Color.Info,
        DeclarationStatus.Accepted => Color.Success,
        _ => Color.Info,
    };

    public static Color BandColor(RiskBand band) => band switch
    {
        RiskBand.High => Color.Error,
        RiskBand.Medium => Color.Warning,
        _ => Color.Success,
    };
}
