using CoopPortal.Domain.Common;
using CoopPortal.Domain.Inspection;
using MudBlazor;

namespace CoopPortal.Web.Components.Pages.Inspection;

/// <summary>The inspector's pages' addresses, field ids and colours in one place.</summary>
public static class InspectionUi
{
    public const string ListUrl = "inspections";

    public static string ReportUrl(Guid id) => $"inspector-reports/{id}";

    public static string PdfUrl(Guid id) => $"inspector-reports/{id}/report.pdf";

    public static Color StatusColor(InspectorReportStatus? status) => status switch
    {
        InspectorReportStatus.Submitted => Color.Success,
        InspectorReportStatus.Draft => Color.Warning,
        _ => Color.Default,
    };

    public static string StatusTitle(InspectorReportStatus? status) => status is { } s ? InspectorReportText.Title(s) : "شروع نشده";

    public static string SectionId(InspectorReportSection section) => $"report-section-{section.ToString().ToLowerInvariant()}";

    public static string StatusOf(SectionStatus status) => SectionStatusText.Title(status);
}
