using CoopPortal.Application.Common.Formatting;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Supervision.Common;
using CoopPortal.Domain.Supervision;
using CoopPortal.Web.Components.Common;
using Microsoft.AspNetCore.Components.Forms;

namespace CoopPortal.Web.Components.Pages.Supervision;

/// <summary>The declaration page's state and actions; the markup and the section bodies are in the .razor file.</summary>
public sealed partial class DeclarationPage
{
    private readonly Dictionary<DeclarationSection, bool> _confirm = [];
    private readonly Dictionary<DeclarationSection, (string Text, bool Failed)> _sectionMessages = [];
    private readonly Dictionary<string, string> _localErrors = [];
    private List<string> _submitErrors = [];
    private DeclarationForm _form = new();
    private DeclarationForm _saved = new();
    private string? _uploadError;
    private string? _submitMessage;

    protected override Task<Result<DeclarationView>> FetchAsync(CancellationToken cancellationToken) => GetHandler.HandleAsync(Id, cancellationToken);

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
            _confirm.Clear();
            foreach (var section in View.ConfirmedSections)
            {
                _confirm[section] = true;
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>A figure or an answer the person left: keeps what they typed and saves its section in its turn.</summary>
    private Task ChangedAsync(DeclarationSection section, Action keep)
    {
        keep();
        return SaveSectionAsync(section);
    }

    // «Save this section», the declaration of truth and «send» are never disabled while a save runs: each is queued
    // behind the saves before it (CaseEditorBase), so a click that lands while a field's save is under way is kept, not
    // dropped by a button the server has just disabled (seen under load: the section stayed unconfirmed).
    private Task SaveSectionAsync(DeclarationSection section) => RunAsync(async () =>
    {
        _submitMessage = null;
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

            _sectionMessages[section] = (EditorText.SeeFieldMessages, true);
            return;
        }

        var confirmed = _confirm.GetValueOrDefault(section);
        var result = await SaveSectionHandler.HandleAsync(Id, section, content, confirmed, CancellationToken.None);
        if (HasLeft)
        {
            return;
        }

        if (result.Kind == ErrorKind.NotFound)
        {
            Navigation.NotFound();
            return;
        }

        _sectionMessages[section] = result.Succeeded
            ? (confirmed ? EditorText.SavedAt(Clock, "ذخیره و تأیید شد") : $"{EditorText.SavedAt(Clock)}؛ برای ارسال، بررسی این بخش را هم تأیید کنید.", false)
            : (EditorText.Failure(result), true);
        // A confirmation asked for shows what the server made of it; a save of a field the person left (unconfirmed)
        // leaves the tick alone, which they may have set meanwhile.
        if (await LoadAsync() && confirmed)
        {
            _confirm[section] = View!.ConfirmedSections.Contains(section);
        }
    });

    private Task DeclareTruthAsync(bool declared) => RunAsync(async () =>
    {
        _submitErrors = [];
        var result = await TruthHandler.HandleAsync(Id, declared, CancellationToken.None);
        if (!result.Succeeded)
        {
            _submitErrors = [EditorText.Failure(result)];
        }

        await LoadAsync();
    });

    private Task SubmitAsync() => RunAsync(async () =>
    {
        // A second click queued behind the first finds the declaration sent: nothing more to do.
        if (View is not { CanEdit: true })
        {
            return;
        }

        _submitErrors = [];
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

        if (result.Succeeded)
        {
            await LoadAsync();
            _submitMessage = $"خوداظهاری ارسال شد. کد رهگیری: {PersianFormat.CodeInText(View?.ReceiptNumber)}. رسید و گزارش را می‌توانید از پایین همین صفحه دریافت کنید.";
            return;
        }

        _submitErrors = result.Errors.Count > 0 ? result.Errors.SelectMany(e => e.Value).Distinct().ToList() : [EditorText.Failure(result)];
        await LoadAsync();
    });

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

    private void ClearLocalErrors(string prefix)
    {
        foreach (var key in _localErrors.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).ToList())
        {
            _localErrors.Remove(key);
        }
    }

    /// <summary>
    /// The message beside a field: what could not be read as typed, or the server's problem with the stored value. An
    /// empty field is not marked red; what is still missing is listed above the submit button.
    /// </summary>
    private string? ErrorOf(string field, string? typed)
    {
        if (_localErrors.TryGetValue(field, out var local))
        {
            return local;
        }

        return _saved.StillDescribes(field, typed) ? View?.Problems.FirstOrDefault(p => p.Field == field)?.Message : null;
    }

    /// <summary>Where a problem's link leads: the field itself, or its section (the officers table, the compliance questions).</summary>
    private static string ProblemAnchor(string field) => field switch
    {
        "Officers" => DeclarationUi.FieldId("Section.Officers"),
        _ => DeclarationUi.FieldId(field),
    };
}
