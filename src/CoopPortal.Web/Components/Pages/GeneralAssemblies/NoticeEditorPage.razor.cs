using CoopPortal.Application.Assemblies.Common;
using CoopPortal.Application.Common.Results;
using CoopPortal.Web.Components.Common;

namespace CoopPortal.Web.Components.Pages.GeneralAssemblies;

/// <summary>The notice editor's state and saving; the markup is in the .razor file.</summary>
public sealed partial class NoticeEditorPage
{
    private NoticeFormModel? _form;
    private Dictionary<string, string[]> _errors = [];

    protected override Task<Result<GeneralAssemblyView>> FetchAsync(CancellationToken cancellationToken) => GetHandler.HandleAsync(Id, cancellationToken);

    /// <summary>The form is filled from the notice only on the first load (afterwards it holds what was typed).</summary>
    protected override Task OnLoadedAsync(bool firstLoad)
    {
        if (_form is null || firstLoad || !View!.CanEditNotice)
        {
            _form = View!.CanEditNotice ? NoticeFormModel.From(View) : null;
        }

        return Task.CompletedTask;
    }

    private string? ErrorOf(string field) => _errors.TryGetValue(field, out var messages) && messages.Length > 0 ? messages[0] : null;

    private Task ChangedAsync(Action keep)
    {
        keep();
        return SaveAsync();
    }

    /// <summary>Saves the whole notice in its turn; what is still missing shows beside each field after a save.</summary>
    private Task SaveAsync() => RunAsync(async () =>
    {
        if (_form is null)
        {
            return;
        }

        var result = await SaveHandler.HandleAsync(Id, _form.ToForm(), CancellationToken.None);
        if (HasLeft)
        {
            return;
        }

        if (result.Kind == ErrorKind.NotFound)
        {
            Navigation.NotFound();
            return;
        }

        if (!result.Succeeded && result.Kind != ErrorKind.Validation)
        {
            SaveFailed = true;
            SaveMessage = EditorText.Failure(result);
            await LoadAsync();
            return;
        }

        // A day or time that could not be read is refused for its field while the rest is saved.
        var loaded = await LoadAsync();
        var errors = loaded ? View!.Problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()) : [];
        foreach (var (field, messages) in result.Errors)
        {
            errors[field] = messages;
        }

        _errors = errors;
        SaveFailed = !result.Succeeded;
        SaveMessage = result.Succeeded ? EditorText.SavedAt(Clock) : EditorText.SeeFieldMessages;
    });
}
