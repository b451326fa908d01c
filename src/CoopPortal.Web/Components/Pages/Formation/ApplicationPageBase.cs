using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Formation.EditDraft;
using CoopPortal.Application.Formation.GetApplication;
using CoopPortal.Domain.Formation;
using CoopPortal.Web.Components.Common;
using Microsoft.AspNetCore.Components;

namespace CoopPortal.Web.Components.Pages.Formation;

/// <summary>
/// What every page of one formation application shares, on top of the editor base: the application and the section
/// the page edits, and the problems of that section.
/// </summary>
public abstract class ApplicationPageBase : CaseEditorBase<ApplicationView>
{
    [Inject]
    protected GetApplicationHandler GetApplication { get; set; } = default!;

    protected FormationApplication? App => View?.Application;

    /// <summary>The section this page edits, if it edits one.</summary>
    protected virtual ApplicationSection? Section => null;

    protected bool CanEdit => View is { IsOwner: true } && Section is { } section && App!.CanEdit(section);

    protected override Task<Result<ApplicationView>> FetchAsync(CancellationToken cancellationToken) =>
        GetApplication.HandleAsync(Id, cancellationToken);

    /// <summary>
    /// Saves a change to this page's section and shows the section's status and problems the change answered with,
    /// without loading the whole application again (the page shows nothing else a change to its section can alter).
    /// </summary>
    protected Task<Result> SaveSectionAsync(Func<Task<Result<SectionCheck>>> save) =>
        SaveAsync(save, (view, check) => view.With(check));

    /// <summary>Loads the application again (for a child component's "changed" callback).</summary>
    protected Task ReloadAsync() => LoadAsync();

    protected IEnumerable<string> ProblemsOf(string field) =>
        View?.Problems.Where(p => p.Section == Section && p.Field == field).Select(p => p.Message) ?? [];

    protected string? ErrorOf(string field) => ProblemsOf(field).FirstOrDefault();

    /// <summary>
    /// The inline message for a field that holds something wrong. An empty field is not marked red as the person
    /// arrives; what is still missing is listed at the top of the section. A field saved on a pause in typing
    /// (<see cref="Components.Common.Autosave"/>) is not marked while the person is still in it: only once it is left.
    /// While the database is away the problems are of the last save, not of what is typed now, and are not shown.
    /// </summary>
    protected string? ErrorIfTyped(string field, object? value) =>
        WaitingForDatabase || _typing.Holds(field) || value is null || (value is string text && string.IsNullOrWhiteSpace(text)) ? null : ErrorOf(field);

    private readonly TypingFields _typing = new();

    /// <summary>Saves what is being typed in a field; its message waits until the field is left (<see cref="Left"/>).</summary>
    protected Task TypedAsync(string field, Func<Task> save)
    {
        ArgumentNullException.ThrowIfNull(save);
        _typing.Typed(field);
        return save();
    }

    /// <summary>The person left the field: its message, if any, shows.</summary>
    protected void Left(string field) => _typing.Left(field);
}
