using CoopPortal.Application.Assemblies.Common;
using CoopPortal.Application.Common.Results;
using CoopPortal.Domain.Assemblies;
using CoopPortal.Web.Components.Common;
using Microsoft.AspNetCore.Components.Forms;

namespace CoopPortal.Web.Components.Pages.GeneralAssemblies;

/// <summary>The minutes editor's state, saving, files and sending; the markup is in the .razor file.</summary>
public sealed partial class MinutesEditorPage
{
    private MinutesFormModel? _form;
    private IReadOnlyList<CandidacyView> _candidates = [];
    private IReadOnlyDictionary<string, string[]> _errors = new Dictionary<string, string[]>();
    private IReadOnlyList<ProblemLink> _submitErrors = [];
    private readonly Dictionary<MinutesFileKind, string> _fileErrors = [];
    private MinutesFileKind? _uploading;
    private PendingFocus _focus = default!;

    protected override void OnInitialized() => _focus = new PendingFocus(JS);

    protected override Task OnAfterRenderAsync(bool firstRender) => _focus.ApplyAsync();

    protected override Task<Result<GeneralAssemblyView>> FetchAsync(CancellationToken cancellationToken) => GetHandler.HandleAsync(Id, cancellationToken);

    /// <summary>The approved candidates the elected are chosen from, read once with the assembly.</summary>
    protected override async Task<object?> ReadCompanionAsync()
    {
        var candidacies = await Candidacies.OfAssemblyAsync(Id, CancellationToken.None);
        return candidacies.Value?.Where(c => c.Status == CandidacyStatus.Approved).ToList() ?? [];
    }

    protected override void UseCompanion(object? companion) => _candidates = companion as IReadOnlyList<CandidacyView> ?? [];

    /// <summary>The form is filled from the minutes only on the first load (afterwards it holds what was typed).</summary>
    protected override Task OnLoadedAsync(bool firstLoad)
    {
        if (_form is null || firstLoad || !View!.CanEditMinutes)
        {
            _form = View!.CanEditMinutes ? MinutesFormModel.From(View) : null;
        }

        return Task.CompletedTask;
    }

    private string? ErrorOf(string field) => _errors.TryGetValue(field, out var messages) && messages.Length > 0 ? messages[0] : null;

    private string? FileErrorOf(MinutesFileKind kind) => _fileErrors.TryGetValue(kind, out var error) ? error : ErrorOf("Files." + kind);

    private Task<bool> SaveAsync() => RunAsync(SaveFormAsync);

    /// <summary>Saves the whole minutes as typed; nothing is checked until they are sent.</summary>
    private async Task<bool> SaveFormAsync()
    {
        if (_form is null)
        {
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

        SaveFailed = !result.Succeeded;
        SaveMessage = result.Succeeded ? EditorText.SavedAt(Clock) : EditorText.Failure(result);
        return await LoadAsync() && result.Succeeded;
    }

    private Task SubmitAsync() => RunAsync(async () =>
    {
        if (!await SaveFormAsync() || HasLeft)
        {
            return;
        }

        var result = await SubmitHandler.HandleAsync(Id, CancellationToken.None);
        if (HasLeft)
        {
            return;
        }

        if (result.Succeeded)
        {
            Navigation.NavigateTo(GeneralAssemblyUi.Url(Id));
            return;
        }

        if (result.Kind == ErrorKind.NotFound)
        {
            Navigation.NotFound();
            return;
        }

        _errors = result.Errors;
        _submitErrors = result.Kind == ErrorKind.Validation
            ? result.Errors.SelectMany(e => e.Value.Select(m => new ProblemLink(m, $"{GeneralAssemblyUi.MinutesUrl(Id)}#{FieldIds.For(e.Key)}"))).ToList()
            : [new ProblemLink(EditorText.Failure(result), $"{GeneralAssemblyUi.MinutesUrl(Id)}#field-Minutes")];
        SaveFailed = true;
        SaveMessage = "صورت‌جلسه ارسال نشد؛ موارد بالای صفحه را کامل یا اصلاح کنید.";
        _focus.After("#error-summary");
        await LoadAsync();
    });

    private async Task UploadAsync(MinutesFileKind kind, IBrowserFile? file)
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
