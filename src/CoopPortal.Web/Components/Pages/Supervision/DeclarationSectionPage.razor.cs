using CoopPortal.Application.Common.Files;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Supervision.DeclarationFiles;
using CoopPortal.Application.Supervision.SaveDeclarationSection;
using CoopPortal.Domain.Supervision;
using CoopPortal.Web.Components.Common;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.JSInterop;

namespace CoopPortal.Web.Components.Pages.Supervision;

/// <summary>A section page's state and actions; the markup and the section bodies are in the .razor file.</summary>
public sealed partial class DeclarationSectionPage
{
    private readonly Dictionary<string, string> _localErrors = [];
    private readonly HashSet<string> _revealed = new(StringComparer.Ordinal);
    private readonly TypingFields _typing = new();
    private DeclarationSection? _section;
    private bool _revealAll;
    private DeclarationForm _form = new();
    private DeclarationForm _saved = new();
    private string? _uploadError;
    private PendingFocus _focus = default!;

    /// <summary>The section's address segment (members, finances, ...; DeclarationUi.Segment).</summary>
    [Parameter]
    public string? Segment { get; set; }

    [Inject]
    private SaveDeclarationSectionHandler SaveSectionHandler { get; set; } = default!;

    [Inject]
    private UploadInspectorsReportHandler UploadHandler { get; set; } = default!;

    [Inject]
    private RemoveDeclarationFileHandler RemoveHandler { get; set; } = default!;

    [Inject]
    private UploadIntake Intake { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    protected override void OnInitialized() => _focus = new PendingFocus(JS);

    /// <summary>
    /// A new section starts with no message shown, unless the address names a field (a problem's link from the check
    /// answers page): then every message of the section shows at once.
    /// </summary>
    protected override async Task OnParametersSetAsync()
    {
        var section = DeclarationUi.SectionOf(Segment);
        if (section != _section)
        {
            _section = section;
            _revealed.Clear();
            _localErrors.Clear();
            _revealAll = Navigation.Uri.Contains('#', StringComparison.Ordinal);
        }

        if (section is null)
        {
            Navigation.NotFound();
            return;
        }

        await base.OnParametersSetAsync();
    }

    protected override Task OnAfterRenderAsync(bool firstRender) => _focus.ApplyAsync();

    /// <summary>
    /// On the first load the stored values fill the form; later loads keep what the person typed (it may be ahead of
    /// the database) and only refresh statuses, problems, the risk and the files.
    /// </summary>
    protected override Task OnLoadedAsync(bool firstLoad)
    {
        _saved = DeclarationForm.From(View!.Content);
        if (firstLoad)
        {
            _form = DeclarationForm.From(View.Content);
        }

        return Task.CompletedTask;
    }

    /// <summary>A value set and left (a figure, a date, a choice): saved in its turn, and its message may show.</summary>
    private async Task ChangedAsync(string field)
    {
        Left(field);
        await SaveSectionAsync(confirm: false);
    }

    /// <summary>Text typed and paused on (a name, a subject): saved, its message waits until the field is left.</summary>
    private async Task TypingAsync(string field)
    {
        _typing.Typed(field);
        await SaveSectionAsync(confirm: false);
    }

    private void Left(string field)
    {
        _typing.Left(field);
        _revealed.Add(field);
    }

    private async Task RowsRemovedAsync(string prefix)
    {
        foreach (var key in _localErrors.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).ToList())
        {
            _localErrors.Remove(key);
        }

        await SaveSectionAsync(confirm: false);
    }

    /// <summary>
    /// Saves the section as typed, in its turn; <paramref name="confirm"/> confirms it («ادامه»), otherwise it stays as
    /// confirmed as it was. What cannot be read as typed is not sent: its message shows beside the field.
    /// </summary>
    private async Task<Result> SaveSectionAsync(bool confirm)
    {
        var section = _section!.Value;
        foreach (var key in _localErrors.Keys.Where(k => DeclarationSectionText.SectionOf(k) == section).ToList())
        {
            _localErrors.Remove(key);
        }

        var (content, errors) = _form.ToContent(section);
        if (errors.Count > 0)
        {
            foreach (var (field, error) in errors)
            {
                _localErrors[field] = error;
            }

            SaveFailed = true;
            SaveMessage = EditorText.SeeFieldMessages;
            return Result.Invalid(errors.ToDictionary(e => e.Key, e => new[] { e.Value }));
        }

        var confirmed = confirm || View!.ConfirmedSections.Contains(section);
        return await SaveAsync(() => SaveSectionHandler.HandleAsync(Id, section, content, confirmed, CancellationToken.None));
    }

    /// <summary>
    /// «ادامه»: confirms the section after every save before it; when something in it is still missing or wrong, every
    /// message shows and the keyboard goes to the list of them; otherwise on to the next section or to check answers.
    /// </summary>
    private async Task ContinueAsync()
    {
        var section = _section!.Value;
        _revealAll = true;
        var result = await SaveSectionAsync(confirm: true);
        if (HasLeft || View is null)
        {
            return;
        }

        if (result.Succeeded && Problems.Count == 0)
        {
            Navigation.NavigateTo(DeclarationUi.NextUrl(Id, section));
            return;
        }

        _focus.After("#error-summary");
        StateHasChanged();
    }

    /// <summary>What is missing or wrong in this section, each linking to its field (its confirmation is «ادامه» itself).</summary>
    private IReadOnlyList<ProblemLink> Problems
    {
        get
        {
            var section = _section!.Value;
            var here = DeclarationUi.SectionUrl(Id, section);
            var local = _localErrors.Where(e => DeclarationSectionText.SectionOf(e.Key) == section)
                .Select(e => new ProblemLink(e.Value, $"{here}#{DeclarationUi.FieldId(e.Key)}"));
            var server = View!.ProblemsIn(section).Where(p => p.Field != "Section." + section && !_localErrors.ContainsKey(p.Field))
                .Select(p => new ProblemLink(p.Message, DeclarationUi.ProblemUrl(Id, p.Field)));
            return [.. local.Concat(server)];
        }
    }

    private async Task UploadAsync(InputFileChangeEventArgs e)
    {
        var file = e.File;
        _uploadError = await UploadAsync(file, Intake.MaxBytes, async stream =>
            await UploadHandler.HandleAsync(Id, file.Name, file.Size, stream, CancellationToken.None));
        await LoadAsync();
    }

    private Task RemoveFileAsync(Guid fileId) => RunAsync(async () =>
    {
        _uploadError = null;
        var result = await RemoveHandler.HandleAsync(Id, fileId, CancellationToken.None);
        if (!result.Succeeded)
        {
            _uploadError = EditorText.Failure(result);
        }

        await LoadAsync();
    });

    /// <summary>
    /// The message beside a field: what could not be read as typed, or the server's problem with the stored value, once
    /// the field has been left (or «ادامه» pressed), not while it is being typed in, and only while the field still
    /// shows what was stored (a message about a value no longer on screen waits for the next save).
    /// </summary>
    private string? ErrorOf(string field, string? typed)
    {
        if (_localErrors.TryGetValue(field, out var local))
        {
            return local;
        }

        if (WaitingForDatabase || _typing.Holds(field) || !(_revealAll || _revealed.Contains(field)))
        {
            return null;
        }

        var shown = _form.Answers.ContainsKey(field)
            || (string.IsNullOrWhiteSpace(typed) ? string.IsNullOrWhiteSpace(_saved.TypedOf(field)) : _saved.StillDescribes(field, typed));
        return shown ? View?.Problems.FirstOrDefault(p => p.Field == field)?.Message : null;
    }
}
