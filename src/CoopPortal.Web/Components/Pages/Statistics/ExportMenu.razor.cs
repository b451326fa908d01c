using System.Globalization;
using CoopPortal.Web.Hosting;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace CoopPortal.Web.Components.Pages.Statistics;

/// <summary>The export menu of the statistics page: links to /statistics/export/{format} with the table, year and province.</summary>
public partial class ExportMenu
{
    private static readonly (string Format, string Label, string Icon)[] Formats =
    [
        ("csv", "CSV", Icons.Material.Outlined.TextSnippet),
        ("xlsx", "Excel", Icons.Material.Outlined.TableView),
        ("pdf", "PDF", Icons.Material.Outlined.PictureAsPdf),
    ];

    /// <summary>One table's key (<c>ReportTable.Key</c>); null for the whole report.</summary>
    [Parameter] public string? TableKey { get; set; }

    /// <summary>The Jalali year shown on the page.</summary>
    [Parameter, EditorRequired] public int Year { get; set; }

    /// <summary>The province chosen by an admin; null for the country (a head of office always gets their own province).</summary>
    [Parameter] public int? ProvinceId { get; set; }

    /// <summary>The menu's id; defaults to export-{key} or export-report.</summary>
    [Parameter] public string? Id { get; set; }

    private string MenuId => Id ?? (TableKey is null ? "export-report" : "export-" + TableKey);

    /// <summary>The address of one export, e.g. /statistics/export/xlsx?year=1405&amp;province=14&amp;table=applications-by-status.</summary>
    public static string Href(string format, string? tableKey, int year, int? provinceId)
    {
        var query = "?year=" + year.ToString(CultureInfo.InvariantCulture);
        if (provinceId is { } province)
        {
            query += "&province=" + province.ToString(CultureInfo.InvariantCulture);
        }

        if (!string.IsNullOrWhiteSpace(tableKey))
        {
            query += "&table=" + Uri.EscapeDataString(tableKey);
        }

        return $"{StatisticsEndpoints.ExportPath}/{format}{query}";
    }
}
