using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Formation.GetApplication;
using CoopPortal.Domain.Formation;
using Microsoft.AspNetCore.Components;

namespace CoopPortal.Web.Components.Pages.Formation;

/// <summary>
/// What every page of one application shares: loading it (not found for anyone who may not see it), the problems of a
/// section, and saving a change with its outcome shown (saved at …, or a Persian message).
/// </summary>
public abstract class ApplicationPageBase : ComponentBase, IDisposable
{
    // Saves of one page run one after another: each sees the previous one's row version and typed values.
    private readonly SemaphoreSlim _saving = new(1, 1);
    private bool _loaded;

    [Parameter]
    public Guid Id { get; set; }

    [Inject]
    protected GetApplicationHandler GetApplication { get; set; } = default!;

    [Inject]
    protected NavigationManager Navigation { get; set; } = default!;

    [Inject]
    protected TimeProvider Clock { get; set; } = default!;

    protected ApplicationView? View { get; private set; }

    protected FormationApplication? App => View?.Application;

    /// <summary>The section this page edits, if it edits one.</summary>
    protected virtual ApplicationSection? Section => null;

    protected string? SaveMessage { get; private set; }

    /// <summary>
    /// True when the page shows each field's message beside the field, so a refused save only points there; a page
    /// without such fields (the office's decisions) says the messages themselves.
    /// </summary>
    protected virtual bool ShowsFieldMessages => true;

    protected bool SaveFailed { get; private set; }

    protected bool CanEdit => View is { IsOwner: true } && Section is { } section && App!.CanEdit(section);

    protected override async Task OnParametersSetAsync() => await LoadAsync();

    protected async Task LoadAsync()
    {
        var result = await GetApplication.HandleAsync(Id, CancellationToken.None);
        if (!result.Succeeded)
        {
            Navigation.NotFound();
            return;
        }

        View = result.Value;
        await OnLoadedAsync(!_loaded);
        _loaded = true;
    }

    /// <summary>
    /// Called after each (re)load. On the first load the page copies the stored values into its form model; after
    /// that the form model holds what the person typed (it may be ahead of the database while a save is running)
    /// and must not be overwritten.
    /// </summary>
    protected virtual Task OnLoadedAsync(bool firstLoad) => Task.CompletedTask;

    protected IEnumerable<string> ProblemsOf(string field) =>
        View?.Problems.Where(p => p.Section == Section && p.Field == field).Select(p => p.Message) ?? [];

    protected string? ErrorOf(string field) => ProblemsOf(field).FirstOrDefault();

    /// <summary>
    /// The inline message for a field that holds something wrong. An empty field is not marked red as the person
    /// arrives; what is still missing is listed at the top of the section.
    /// </summary>
    protected string? ErrorIfTyped(string field, object? value) =>
        value is null || (value is string text && string.IsNullOrWhiteSpace(text)) ? null : ErrorOf(field);

    /// <summary>Runs a save, reloads, and says what happened.</summary>
    protected async Task SaveAsync(Func<Task<Result>> save)
    {
        ArgumentNullException.ThrowIfNull(save);
        await _saving.WaitAsync();
        try
        {
            await SaveOneAsync(save);
        }
        finally
        {
            _saving.Release();
        }
    }

    public void Dispose()
    {
        _saving.Dispose();
        GC.SuppressFinalize(this);
    }

    private async Task SaveOneAsync(Func<Task<Result>> save)
    {
        var result = await save();
        SaveFailed = !result.Succeeded;
        SaveMessage = result.Succeeded
            ? $"ذخیره شد، ساعت {Application.Common.Formatting.PersianFormat.Digits(TimeZoneInfo.ConvertTimeFromUtc(Clock.GetUtcNow().UtcDateTime, Application.Common.Formatting.PersianFormat.TimeZone).ToString("HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture))}"
            : result.Kind != ErrorKind.Validation ? result.Message
            : ShowsFieldMessages ? "ذخیره نشد؛ پیام کنار همان مورد را ببینید."
            : "انجام نشد: " + string.Join(" ", result.Errors.Values.SelectMany(m => m).Distinct());
        if (result.Kind == ErrorKind.NotFound)
        {
            Navigation.NotFound();
            return;
        }

        await LoadAsync();
    }
}
