using System.Globalization;
using CoopPortal.Application.Common.Formatting;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Files;
using CoopPortal.Application.Registry.Assembly;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Formation;
using CoopPortal.Domain.Registry;
using CoopPortal.Web.Components.Pages.Formation;
using CoopPortal.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace CoopPortal.Web.Components.Pages.Assemblies;

/// <summary>The founding assembly page's state and actions; the markup is in the .razor file.</summary>
public sealed partial class AssemblyPage
{
    private AssemblyView? _view;
    private AssemblyFormModel? _form;
    private Guid _formOf;
    private IReadOnlyDictionary<string, string[]> _errors = new Dictionary<string, string[]>();
    private IReadOnlyList<string> _submitErrors = [];
    private readonly Dictionary<AssemblyFileKind, string> _fileErrors = [];
    private string? _message;
    private bool _failed;
    private bool _busy;
    private AssemblyFileKind? _uploading;
    private double _progress;

    [Parameter]
    public Guid Id { get; set; }

    protected override async Task OnParametersSetAsync() => await LoadAsync();

    /// <summary>Loads the assembly; the form is filled from it only the first time (afterwards it holds what was typed).</summary>
    private async Task<bool> LoadAsync()
    {
        var result = await Assemblies.GetAsync(Id, CancellationToken.None);
        if (result.Value is not { } view)
        {
            Navigation.NotFound();
            return false;
        }

        _view = view;
        if (_form is null || _formOf != Id || !view.CanEdit)
        {
            _form = view.CanEdit ? AssemblyFormModel.From(view) : null;
            _formOf = Id;
        }

        return true;
    }

    /// <summary>Where a problem's link leads: the field itself, or the officers editor for the board as a whole.</summary>
    private static string AnchorOf(string field) =>
        OfficersEditor.GroupFields.Contains(field) ? "assembly-officers" : FieldIds.For(field);

    private string? ErrorOf(string field) => _errors.TryGetValue(field, out var messages) && messages.Length > 0 ? messages[0] : null;

    private string? FileErrorOf(AssemblyFileKind kind) =>
        _fileErrors.TryGetValue(kind, out var error) ? error : ErrorOf("Files." + kind);

    private async Task SaveAsync()
    {
        if (_busy)
        {
            return;
        }

        _busy = true;
        try
        {
            _submitErrors = [];
            await SaveFormAsync();
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task SubmitAsync()
    {
        if (_busy)
        {
            return;
        }

        _busy = true;
        try
        {
            _submitErrors = [];
            if (!await SaveFormAsync())
            {
                _submitErrors = _errors.Values.SelectMany(m => m).Distinct(StringComparer.Ordinal).ToList();
                return;
            }

            var result = await Assemblies.SubmitAsync(Id, CancellationToken.None);
            if (result.Kind == ErrorKind.NotFound)
            {
                Navigation.NotFound();
                return;
            }

            if (!result.Succeeded)
            {
                _errors = result.Errors;
                _submitErrors = AssemblyUi.Messages(result);
                _failed = true;
                _message = "صورت‌جلسه ارسال نشد؛ موارد فهرست‌شده را کامل کنید.";
                await LoadAsync();
                return;
            }

            _errors = new Dictionary<string, string[]>();
            _failed = false;
            _message = null;
            await LoadAsync();
        }
        finally
        {
            _busy = false;
        }
    }

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
            _failed = true;
            _message = "ذخیره نشد؛ پیام کنار همان مورد را ببینید.";
            return false;
        }

        var result = await Assemblies.SaveAsync(Id, _form.ToForm(), CancellationToken.None);
        if (result.Kind == ErrorKind.NotFound)
        {
            Navigation.NotFound();
            return false;
        }

        if (!result.Succeeded)
        {
            _errors = result.Errors;
            _failed = true;
            _message = result.Kind == ErrorKind.Validation ? "ذخیره نشد؛ پیام کنار همان مورد را ببینید." : result.Message;
            return false;
        }

        if (!await LoadAsync())
        {
            return false;
        }

        // What is still wrong with the saved form shows beside each field (the list above says what is missing).
        _errors = _view!.Problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray());
        _failed = false;
        var now = TimeZoneInfo.ConvertTimeFromUtc(Clock.GetUtcNow().UtcDateTime, PersianFormat.TimeZone);
        _message = $"ذخیره شد، ساعت {PersianFormat.Digits(now.ToString("HH:mm:ss", CultureInfo.InvariantCulture))}";
        return true;
    }

    private async Task UploadAsync(AssemblyFileKind kind, IBrowserFile? file)
    {
        if (file is null || _busy)
        {
            return;
        }

        _fileErrors.Remove(kind);
        // The limit is checked before a single byte is read; the handler and the stream refuse more than the limit too.
        if (file.Size > Intake.MaxBytes)
        {
            _fileErrors[kind] = UploadRules.TooLarge(Intake.MaxBytes);
            return;
        }

        _busy = true;
        _uploading = kind;
        _progress = 0;
        try
        {
            await using var stream = new ProgressStream(file.OpenReadStream(Intake.MaxBytes), file.Size, p => { _progress = p; InvokeAsync(StateHasChanged); });
            var result = await Assemblies.UploadAsync(Id, kind, file.Name, file.Size, stream, CancellationToken.None);
            if (result.Kind == ErrorKind.NotFound)
            {
                Navigation.NotFound();
                return;
            }

            if (!result.Succeeded)
            {
                _fileErrors[kind] = result.Errors.TryGetValue(UploadIntake.FileField, out var messages) ? messages[0] : result.Message ?? string.Empty;
                return;
            }

            await LoadAsync();
            _errors = _errors.Where(e => e.Key != "Files." + kind).ToDictionary(e => e.Key, e => e.Value);
        }
        catch (IOException)
        {
            _fileErrors[kind] = "بارگذاری فایل کامل نشد؛ اتصال را بررسی کنید و دوباره تلاش کنید.";
        }
        finally
        {
            _uploading = null;
            _busy = false;
        }
    }

    private async Task RemoveFileAsync(Guid fileId)
    {
        if (_busy)
        {
            return;
        }

        _busy = true;
        try
        {
            var result = await Assemblies.RemoveFileAsync(Id, fileId, CancellationToken.None);
            if (result.Kind == ErrorKind.NotFound)
            {
                Navigation.NotFound();
                return;
            }

            _failed = !result.Succeeded;
            _message = result.Succeeded ? "فایل حذف شد." : result.Message;
            await LoadAsync();
        }
        finally
        {
            _busy = false;
        }
    }
}
