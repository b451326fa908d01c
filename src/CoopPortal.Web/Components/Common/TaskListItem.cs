using CoopPortal.Domain.Common;

namespace CoopPortal.Web.Components.Common;

/// <summary>
/// One section on a case's task list: <paramref name="Key"/> names its ids (task-{Key}, task-status-{Key});
/// <paramref name="Href"/> is null when the section cannot be opened now.
/// </summary>
public sealed record TaskListItem(string Key, string Title, string? Href, SectionStatus Status);
