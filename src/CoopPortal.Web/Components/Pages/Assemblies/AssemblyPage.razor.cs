using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Registry.Common;
using CoopPortal.Domain.Registry;
using CoopPortal.Web.Components.Common;
using Microsoft.AspNetCore.Components.Forms;

namespace CoopPortal.Web.Components.Pages.Assemblies;

/// <summary>The founding assembly page's state and actions; the markup is in the .razor file.</summary>
public sealed partial class AssemblyPage
{
    private AssemblyFormModel? _form;
    private IReadOnlyDictionary<string, string[]> _errors = new Dictionary<string, string[]>();
    private IReadOnlyList<string> _submitErrors = [];
    private readonly Dictionary<AssemblyFileKind, string> _fileErrors = [];
    private AssemblyFileKind? _uploading;

    protected override Task<Result<AssemblyView>> FetchAsync(CancellationToken cancellationToken) => GetHandler.HandleAsync(Id, cancellationToken);

    /// <summary>The form is filled from the assembly only on the first load (afterwards it holds what was typed).</summary>
    protected override Task OnLoadedAsync(bool firstLoad)
    {
        if (_form is null || firstLoad || !View!.CanEdit)
        {
            _form = View!.CanEdit ? AssemblyFormModel.From(View) : null;
        }

        return Task.CompletedTask;
    }

    /// <summary>Where a problem's link leads: the field itself, or the officers editor for the board as a whole.</summary>
    private static string AnchorOf(string field) =>
        OfficersEditor.GroupFields.Contains(field) ? "assembly-officers" : FieldIds.For(field);

    private string? ErrorOf(string field) => _errors.TryGetValue(field, out var messages) && messages.Length > 0 ? messages[0] : null;

    private string? FileErrorOf(AssemblyFileKind kind) =>
        _fileErrors.TryGetValue(kind, out var error) ? error : ErrorOf("Files." + kind);

    /// <summary>A field the person left: keeps what they typed and saves the form in its turn.</summary>
    private Task ChangedAsync(Action keep)
    {
        keep();
        return SaveAsync();
    }

    private Task SaveAsync() => RunAsync(async () =>
    {
        _submitErrors = [];
        await SaveFormAsync();
    });

    private Task SubmitAsync() => RunAsync(async () =>
    {
        _submitErrors = [];
        if (!await SaveFormAsync())
        {
            _submitErrors = _errors.Values.SelectMany(m => m).Distinct(StringComparer.Ordinal).ToList();
            return;
        }

        var result = await SubmitHandler.HandleAsync(Id, CancellationToken.None);
        if (HasLeft)
        {
            return;
        }

        if (result.Kind == ErrorKind.NotFound)
        {
            Navigation.NotFound();
            return;
        }

        if (!result.Succeeded)
        {
            _errors = result.Errors;
            _submitErrors = AssemblyUi.Messages(result);
            SaveFailed = true;
            SaveMessage = "صورت‌جلسه ارسال نشد؛ موارد فهرست‌شده را کامل کنید.";
            await LoadAsync();
            return;
        }

        _errors = new Dictionary<string, string[]>();
        SaveFailed = false;
        SaveMessage = null;
        await LoadAsync();
    });

    /// <summary>Saves what is typed. On failure the form keeps everything and the messages show beside the fields.</summary>
    private async Task<bool> SaveFormAsync()
    {
        if (_form is null)
        {
            return false;
        }

        if (_form.CapitalUnreadable)
        {
            _errors = new Dictionary<string, string[]> { ["CapitalPaid"] = [AssemblyFormModel.UnreadableCapital] };
            SaveFailed = true;
            SaveMessage = EditorText.SeeFieldMessages;
            return false;
        }

        var result = await SaveHandler.HandleAsync(Id, _form.ToForm(), CancellationToken.None);
        if (HasLeft)
        {
            return result.Succeeded;
        }

        if (result.Kind == ErrorKind.NotFound)
        {
            Navigation.NotFound();
            return false;
        }

        if (!result.Succeeded)
        {
            _errors = result.Errors;
            SaveFailed = true;
            SaveMessage = result.Kind == ErrorKind.Validation ? EditorText.SeeFieldMessages : result.Message;
            return false;
        }

        if (!await LoadAsync())
        {
            return false;
        }

        // What is still wrong with the saved form shows beside each field (the list above says what is missing).
        _errors = View!.Problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray());
        SaveFailed = false;
        SaveMessage = EditorText.SavedAt(Clock);
        return true;
    }

    private async Task UploadAsync(AssemblyFileKind kind, IBrowserFile? file)
    {
        if (file is null)
        {
            return;
        }

        _fileErrors.Remove(kind);
        _uploading = kind;
        try
        {
            var error = await UploadAsync(file, Intake.MaxBytes, async stream => await UploadHandler.HandleAsync(Id, kind, file.Name, file.Size, stream, CancellationToken.None));
            if (error is not null)
            {
                _fileErrors[kind] = error;
                return;
            }
        }
        finally
        {
            _uploading = null;
        }

        if (await LoadAsync())
        {
            _errors = _errors.Where(e => e.Key != "Files." + kind).ToDictionary(e => e.Key, e => e.Value);
        }
    }

    private Task RemoveFileAsync(Guid fileId) => RunAsync(async () =>
    {
        var result = await RemoveHandler.HandleAsync(Id, fileId, CancellationToken.None);
        if (HasLeft)
        {
            return;
        }

        if (result.Kind == ErrorKind.NotFound)
        {
            Navigation.NotFound();
            return;
        }

        SaveFailed = !result.Succeeded;
        SaveMessage = result.Succeeded ? "فایل حذف شد." : result.Message;
        await LoadAsync();
    });
}
