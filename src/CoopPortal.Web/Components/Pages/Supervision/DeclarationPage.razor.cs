using CoopPortal.Application.Common.Formatting;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Files;
using CoopPortal.Application.Supervision.Common;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Supervision;
using CoopPortal.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace CoopPortal.Web.Components.Pages.Supervision;

/// <summary>The declaration page's state and actions; the markup and the section bodies are in the .razor file.</summary>
public sealed partial class DeclarationPage
{
    // Saves of one page run one after another: each sees what the previous one stored.
    private readonly SemaphoreSlim _saving = new(1, 1);
    private readonly Dictionary<DeclarationSection, bool> _confirm = [];
    private readonly Dictionary<DeclarationSection, (string Text, bool Failed)> _sectionMessages = [];
    private readonly Dictionary<string, string> _localErrors = [];
    private List<string> _submitErrors = [];
    private DeclarationView? _view;
    private DeclarationForm _form = new();
    private DeclarationForm _saved = new();
    private Guid? _loadedFor;
    private bool _busy;
    private bool _uploading;
    private double _progress;
    private string? _uploadError;
    private string? _submitMessage;

    [Parameter]
    public Guid Id { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        if (_loadedFor != Id)
        {
            _loadedFor = Id;
            _view = null;
            await LoadAsync(firstLoad: true);
        }
    }

    /// <summary>
    /// Loads the declaration. On the first load the stored values fill the form; later loads keep what the person typed
    /// (it may be ahead of the database) and only refresh statuses, problems, the risk and the files.
    /// </summary>
    private async Task LoadAsync(bool firstLoad)
    {
        var result = await Declarations.GetAsync(Id, CancellationToken.None);
        if (!result.Succeeded)
        {
            Navigation.NotFound();
            return;
        }

        _view = result.Value!;
        _saved = DeclarationForm.From(_view.Content);
        if (firstLoad)
        {
            _form = DeclarationForm.From(_view.Content);
            _confirm.Clear();
            foreach (var section in _view.ConfirmedSections)
            {
                _confirm[section] = true;
            }
        }
    }

    private async Task RunAsync(Func<Task> action)
    {
        await _saving.WaitAsync();
        _busy = true;
        try
        {
            await action();
        }
        finally
        {
            _busy = false;
            _saving.Release();
        }
    }

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

            _sectionMessages[section] = ("ذخیره نشد؛ پیام کنار همان مورد را ببینید.", true);
            return;
        }

        var confirmed = _confirm.GetValueOrDefault(section);
        var result = await Declarations.SaveSectionAsync(Id, section, content, confirmed, CancellationToken.None);
        if (result.Kind == ErrorKind.NotFound)
        {
            Navigation.NotFound();
            return;
        }

        _sectionMessages[section] = result.Succeeded
            ? (confirmed ? $"ذخیره و تأیید شد، ساعت {Now()}" : $"ذخیره شد، ساعت {Now()}؛ برای ارسال، بررسی این بخش را هم تأیید کنید.", false)
            : (FailureText(result), true);
        await LoadAsync(firstLoad: false);
        if (_view is not null)
        {
            _confirm[section] = _view.ConfirmedSections.Contains(section);
        }
    });

    private Task DeclareTruthAsync(bool declared) => RunAsync(async () =>
    {
        _submitErrors = [];
        var result = await Declarations.DeclareTruthAsync(Id, declared, CancellationToken.None);
        if (!result.Succeeded)
        {
            _submitErrors = [FailureText(result)];
        }

        await LoadAsync(firstLoad: false);
    });

    private Task SubmitAsync() => RunAsync(async () =>
    {
        _submitErrors = [];
        var result = await Declarations.SubmitAsync(Id, CancellationToken.None);
        if (result.Kind == ErrorKind.NotFound)
        {
            Navigation.NotFound();
            return;
        }

        if (result.Succeeded)
        {
            await LoadAsync(firstLoad: false);
            _submitMessage = $"خوداظهاری ارسال شد. شماره رسید: {_view?.ReceiptNumber}. رسید و گزارش را می‌توانید از پایین همین صفحه دریافت کنید.";
            return;
        }

        _submitErrors = result.Errors.Count > 0 ? result.Errors.SelectMany(e => e.Value).Distinct().ToList() : [FailureText(result)];
        await LoadAsync(firstLoad: false);
    });

    private async Task UploadAsync(InputFileChangeEventArgs e)
    {
        var file = e.File;
        _uploadError = null;
        if (file.Size > Intake.MaxBytes)
        {
            _uploadError = UploadRules.TooLarge(Intake.MaxBytes);
            return;
        }

        await RunAsync(async () =>
        {
            _uploading = true;
            _progress = 0;
            try
            {
                await using var stream = new ProgressStream(file.OpenReadStream(Intake.MaxBytes), file.Size, p => { _progress = p; InvokeAsync(StateHasChanged); });
                var result = await Declarations.UploadInspectorsReportAsync(Id, file.Name, file.Size, stream, CancellationToken.None);
                if (!result.Succeeded)
                {
                    _uploadError = result.Errors.TryGetValue(UploadIntake.FileField, out var messages) ? messages[0] : FailureText(result);
                }
            }
            catch (IOException)
            {
                _uploadError = "بارگذاری فایل کامل نشد؛ اتصال را بررسی کنید و دوباره تلاش کنید.";
            }
            finally
            {
                _uploading = false;
            }

            await LoadAsync(firstLoad: false);
        });
    }

    private Task RemoveFileAsync(Guid fileId) => RunAsync(async () =>
    {
        _uploadError = null;
        var result = await Declarations.RemoveFileAsync(Id, fileId, CancellationToken.None);
        if (!result.Succeeded)
        {
            _uploadError = FailureText(result);
        }

        await LoadAsync(firstLoad: false);
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

        return _saved.StillDescribes(field, typed) ? _view?.Problems.FirstOrDefault(p => p.Field == field)?.Message : null;
    }

    /// <summary>Where a problem's link leads: the field itself, or its section (the officers table, the compliance questions).</summary>
    private static string ProblemAnchor(string field) => field switch
    {
        "Officers" => DeclarationUi.FieldId("Section.Officers"),
        _ => DeclarationUi.FieldId(field),
    };

    private static string FailureText(Result result) => result.Kind == ErrorKind.Validation && result.Errors.Count > 0
        ? string.Join(" ", result.Errors.SelectMany(e => e.Value))
        : result.Message ?? "کار انجام نشد؛ دوباره تلاش کنید.";

    private string Now() => PersianFormat.Digits(TimeZoneInfo.ConvertTimeFromUtc(Clock.GetUtcNow().UtcDateTime, PersianFormat.TimeZone)
        .ToString("HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture));

    public void Dispose()
    {
        _saving.Dispose();
        GC.SuppressFinalize(this);
    }
}
