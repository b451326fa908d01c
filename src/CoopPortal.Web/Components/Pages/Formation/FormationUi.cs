using CoopPortal.Domain.Common;
using CoopPortal.Domain.Formation;
using CoopPortal.Application.Formation.GetApplication;
using CoopPortal.Web.Components.Common;
using MudBlazor;

namespace CoopPortal.Web.Components.Pages.Formation;

/// <summary>Routes and display helpers of the formation pages (presentation only: the rules live in the domain).</summary>
internal static class FormationUi
{
    public static string Segment(ApplicationSection section) => section switch
    {
        ApplicationSection.Cooperative => "cooperative",
        ApplicationSection.Names => "names",
        ApplicationSection.Members => "members",
        ApplicationSection.FoundersBoard => "founders",
        ApplicationSection.Capital => "capital",
        ApplicationSection.Documents => "documents",
        ApplicationSection.Declaration => "declaration",
        _ => string.Empty,
    };

    public static string SectionUrl(Guid id, ApplicationSection section) => $"applications/{id}/{Segment(section)}";

    /// <summary>Where "save and continue" leads: the next section, or the check-answers page after the last.</summary>
    public static string NextUrl(Guid id, ApplicationSection section)
    {
        var all = ApplicationSectionText.All;
        var index = all.ToList().IndexOf(section);
        return index + 1 < all.Count ? SectionUrl(id, all[index + 1]) : $"applications/{id}/check";
    }

    /// <summary>The task list's sections: each opens when the applicant may change it (capital is always shown: it is read from the members).</summary>
    public static IReadOnlyList<TaskListItem> Tasks(ApplicationView view) =>
        [.. view.Sections.Select(s => new TaskListItem(
            Segment(s.Key),
            ApplicationSectionText.Title(s.Key),
            view.Application.CanEdit(s.Key) || s.Key == ApplicationSection.Capital ? SectionUrl(view.Application.Id, s.Key) : null,
            s.Value))];

    public static Color StatusColor(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Draft => Color.Default,
        ApplicationStatus.ReturnedForCorrection => Color.Warning,
        ApplicationStatus.Approved => Color.Success,
        ApplicationStatus.Rejected or ApplicationStatus.Withdrawn or ApplicationStatus.ApprovalRevoked => Color.Error,
        _ => Color.Info,
    };

    public static string ActionTitle(WorkflowAction action) => ApplicationStatusText.ActionTitle(action);
}
