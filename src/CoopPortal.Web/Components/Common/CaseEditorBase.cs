using CoopPortal.Application.Common.Files;
using CoopPortal.Application.Common.Results;
using CoopPortal.Infrastructure.Persistence;
using CoopPortal.Domain.Common;
using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;

namespace CoopPortal.Web.Components.Common;

/// <summary>
/// What every page that edits a case shares (a formation application's sections, a founding assembly, a
/// self-declaration): load the case by the route's id (not found for anyone who may not see it); keep what was typed
/// across reloads (<see cref="OnLoadedAsync"/> fills the form on the first load only); run changes through one
/// <see cref="SaveQueue"/> that never drops a change and lets a running one finish when the page is left; keep a change
/// the database could not take (an outage) and try it again until it is stored, saying so meanwhile; say "saved at …"
/// the same way everywhere; take uploads with a progress bar. See docs/adding-a-case.md.
/// </summary>
/// <typeparam name="TView">What the case's query returns for this person.</typeparam>
public abstract class CaseEditorBase<TView> : ComponentBase, IDisposable
    where TView : class
{
    /// <summary>How long a change the database could not take waits before it is tried again: doubling up to the last.</summary>
    internal static readonly TimeSpan[] RetryDelays = [TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4)];

    /// <summary>How long a change keeps being tried after the person has left the page (the circuit may still live).</summary>
    internal static readonly TimeSpan RetryAfterLeaving = TimeSpan.FromMinutes(2);

    private readonly SaveQueue _queue = new();
    private Guid? _loadedFor;

    [Parameter]
    public Guid Id { get; set; }

    [Inject]
    protected NavigationManager Navigation { get; set; } = default!;

    [Inject]
    protected TimeProvider Clock { get; set; } = default!;

    [Inject]
    private PrerenderedViews Prerendered { get; set; } = default!;

    [Inject]
    private AuthenticationStateProvider Authentication { get; set; } = default!;

    /// <summary>The case as last loaded; null until the first load.</summary>
    protected TView? View { get; private set; }

    /// <summary>The outcome of the last change: «ذخیره شد، ساعت …» or a Persian reason.</summary>
    protected string? SaveMessage
    {
        get => _saveMessage;
        set
        {
            _saveMessage = value;
            SaveAnswers++;
        }
    }

    private string? _saveMessage;

    protected bool SaveFailed { get; set; }

    /// <summary>
    /// How many times <see cref="SaveMessage"/> was given: a new answer that reads as the last one (saved twice within a
    /// second) is still told apart by the page (layout.js clears «not saved yet» on each answer).
    /// </summary>
    protected int SaveAnswers { get; private set; }

    /// <summary>True while a change runs or waits its turn (buttons that would start another kind of change wait).</summary>
    protected bool IsBusy => _queue.IsBusy;

    /// <summary>An upload's progress (0–100) while one runs, else null.</summary>
    protected double? UploadProgress { get; private set; }

    /// <summary>True while a change waits for the database to come back (it is kept and tried again).</summary>
    protected bool WaitingForDatabase { get; private set; }

    /// <summary>True once the person has left the page; a change still running finishes quietly.</summary>
    protected bool HasLeft { get; private set; }

    /// <summary>
    /// True when the page shows each field's message beside the field, so a refused save only points there; a page
    /// without such fields says the messages themselves.
    /// </summary>
    protected virtual bool ShowsFieldMessages => true;

    /// <summary>Reads the case for the person (their own, or of their province), as the case's query decides.</summary>
    protected abstract Task<Result<TView>> FetchAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Called after each (re)load. On the first load the page copies the stored values into its form model; after
    /// that the form model holds what the person typed (it may be ahead of the database while a save is running)
    /// and must not be overwritten.
    /// </summary>
    protected virtual Task OnLoadedAsync(bool firstLoad) => Task.CompletedTask;

    /// <summary>
    /// What the page reads once beside the case on its first load (the reference lists its form offers); handed to the
    /// circuit with the case (<see cref="PrerenderedViews"/>) and given to <see cref="UseCompanion"/>.
    /// </summary>
    protected virtual Task<object?> ReadCompanionAsync() => Task.FromResult<object?>(null);

    protected virtual void UseCompanion(object? companion)
    {
    }

    protected override async Task OnParametersSetAsync()
    {
        if (_loadedFor != Id)
        {
            _loadedFor = Id;
            View = null;

            // The circuit's first render takes what the prerender read a moment ago, so it renders the whole page once
            // instead of an empty page and then the page (the prerendered page is replaced by the first render).
            var user = (await Authentication.GetAuthenticationStateAsync()).User.FindFirstValue(ClaimTypes.NameIdentifier);
            if (RendererInfo.IsInteractive && user is not null
                && Prerendered.TryGet(user, GetType(), Id, out var kept) && kept is Handoff handoff)
            {
                UseCompanion(handoff.Companion);
                View = handoff.View;
                await OnLoadedAsync(firstLoad: true);
                return;
            }

            var companion = await ReadCompanionAsync();
            UseCompanion(companion);
            if (await LoadAsync(firstLoad: true) && !RendererInfo.IsInteractive && user is not null && View is { } view)
            {
                Prerendered.Keep(user, GetType(), Id, new Handoff(view, companion));
            }
        }
    }

    private sealed record Handoff(TView View, object? Companion);

    /// <summary>Loads the case again (after a change); false when it is gone or no longer the person's to see.</summary>
    /// <remarks>
    /// When the database cannot be reached after a change, the page keeps showing what it has (the change itself was
    /// stored, or is being tried again) and false is returned; the first load has nothing to show and lets the page's
    /// error boundary say so.
    /// </remarks>
    protected async Task<bool> LoadAsync(bool firstLoad = false)
    {
        Result<TView> result;
        try
        {
            result = await FetchAsync(CancellationToken.None);
        }
        catch (Exception ex) when (!firstLoad && View is not null && DatabaseOutage.Is(ex))
        {
            return false;
        }

        if (HasLeft)
        {
            return false;
        }

        if (result.Value is not { } view)
        {
            Navigation.NotFound();
            return false;
        }

        View = view;
        await OnLoadedAsync(firstLoad);
        return true;
    }

    /// <summary>
    /// Runs a change in its turn (after every change asked for before it); its outcome is the caller's. When the database
    /// cannot be reached, the change is kept and tried again (see <see cref="UntilStoredAsync{T}"/>), so a change must be
    /// safe to run again after a failure that stored nothing (set a value, not "add one more").
    /// </summary>
    protected Task<T> RunAsync<T>(Func<Task<T>> change) => _queue.RunAsync(() => UntilStoredAsync(change));

    /// <summary>
    /// Completes once every change asked for so far has been answered: for a step that must see them all, such as
    /// «ادامه» deciding whether the section still has something missing.
    /// </summary>
    protected Task SavedAsync() => _queue.IdleAsync();

    protected Task RunAsync(Func<Task> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return RunAsync(async () =>
        {
            await change();
            return true;
        });
    }

    /// <summary>Saves in turn, then says what happened and reloads; a page that was left only stores.</summary>
    protected Task<Result> SaveAsync(Func<Task<Result>> save)
    {
        ArgumentNullException.ThrowIfNull(save);
        return SaveAsync(save, _ => null);
    }

    /// <summary>
    /// Saves in turn and says what happened like <see cref="SaveAsync(Func{Task{Result}})"/>, but when the change
    /// succeeds the page shows what the change answered (<paramref name="show"/> folds it into the view) instead of
    /// loading the case again; a refused change still reloads. For changes whose answer holds everything the page
    /// shows that the change can alter (<see cref="OnLoadedAsync"/> is not called: no reload took place).
    /// </summary>
    protected Task<Result> SaveAsync<T>(Func<Task<Result<T>>> save, Func<TView, T, TView> show)
    {
        ArgumentNullException.ThrowIfNull(save);
        ArgumentNullException.ThrowIfNull(show);
        return SaveAsync(async () => await save(), result => result is Result<T> { Succeeded: true, Value: { } value } && View is { } view ? show(view, value) : null);
    }

    private Task<Result> SaveAsync(Func<Task<Result>> save, Func<Result, TView?> shown)
    {
        return _queue.RunAsync(async () =>
        {
            var result = await UntilStoredAsync(save);
            if (HasLeft)
            {
                return result;
            }

            if (result.Kind == ErrorKind.NotFound)
            {
                Navigation.NotFound();
                return result;
            }

            Report(result);
            if (shown(result) is { } view)
            {
                View = view;
            }
            else
            {
                await LoadAsync();
            }

            return result;
        });
    }

    /// <summary>
    /// Takes a file in turn with a progress bar: refused before a byte is read when it is over
    /// <paramref name="maxBytes"/>; the Persian reason when the case refuses it or the connection breaks, else null.
    /// </summary>
    protected async Task<string?> UploadAsync(IBrowserFile file, long maxBytes, Func<Stream, Task<Result>> upload)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(upload);
        if (file.Size > maxBytes)
        {
            return UploadRules.TooLarge(maxBytes);
        }

        return await _queue.RunAsync(async () =>
        {
            UploadProgress = 0;
            try
            {
                await using var stream = new ProgressStream(file.OpenReadStream(maxBytes), file.Size, ReportProgress);
                var result = await upload(stream);
                if (result.Kind == ErrorKind.NotFound && !HasLeft)
                {
                    Navigation.NotFound();
                    return null;
                }

                Report(result);
                return result.Succeeded ? null
                    : result.Errors.TryGetValue(UploadIntake.FileField, out var messages) && messages.Length > 0 ? messages[0]
                    : EditorText.Failure(result);
            }
            catch (IOException)
            {
                SaveFailed = true;
                SaveMessage = EditorText.UploadBroken;
                return EditorText.UploadBroken;
            }
            catch (Exception ex) when (DatabaseOutage.Is(ex))
            {
                // The file's bytes were read once and are not kept: the person sends it again once the database is back.
                SaveFailed = true;
                SaveMessage = EditorText.UploadWhileOffline;
                return EditorText.UploadWhileOffline;
            }
            finally
            {
                UploadProgress = null;
            }
        });
    }

    /// <summary>
    /// Takes a file like <see cref="UploadAsync(IBrowserFile, long, Func{Stream, Task{Result}})"/>; when the case takes
    /// it, the page shows what the upload answered (<paramref name="show"/> folds it into the view, in the upload's
    /// turn) instead of loading the case again. A refused or broken upload loads the case again.
    /// </summary>
    protected async Task<string?> UploadAsync<T>(IBrowserFile file, long maxBytes, Func<Stream, Task<Result<T>>> upload, Func<TView, T, TView> show)
    {
        ArgumentNullException.ThrowIfNull(upload);
        ArgumentNullException.ThrowIfNull(show);
        var error = await UploadAsync(file, maxBytes, async stream =>
        {
            var result = await upload(stream);
            if (!HasLeft && result is { Succeeded: true, Value: { } value } && View is { } view)
            {
                View = show(view, value);
            }

            return result;
        });
        if (error is not null && !HasLeft)
        {
            await LoadAsync();
        }

        return error;
    }

    /// <summary>
    /// Runs <paramref name="change"/>; while the database cannot be reached, says that what was typed is kept but not
    /// saved yet, waits (half a second, doubling to four) and tries again, until it is stored, or until two minutes
    /// after the person left the page. Other failures are the caller's.
    /// </summary>
    private async Task<T> UntilStoredAsync<T>(Func<Task<T>> change)
    {
        var attempt = 0;
        DateTime? leftAt = null;
        while (true)
        {
            try
            {
                var outcome = await change();

                // «Saved» only once nothing typed during the outage is still waiting its turn behind this change: a
                // person who reloads on «saved» must find everything (the outage journey reloaded while the second
                // field's change was still queued).
                if (WaitingForDatabase && _queue.Pending <= 1)
                {
                    WaitingForDatabase = false;
                    if (SaveMessage == EditorText.NotSavedYet)
                    {
                        SaveFailed = false;
                        SaveMessage = EditorText.SavedAt(Clock);
                    }
                }

                return outcome;
            }
            catch (Exception ex) when (DatabaseOutage.Is(ex))
            {
                if (HasLeft)
                {
                    leftAt ??= DateTime.UtcNow;
                    if (DateTime.UtcNow - leftAt > RetryAfterLeaving)
                    {
                        throw;
                    }
                }
                else
                {
                    WaitingForDatabase = true;
                    SaveFailed = true;
                    SaveMessage = EditorText.NotSavedYet;
                    await InvokeAsync(StateHasChanged);
                }

                await Task.Delay(RetryDelays[Math.Min(attempt++, RetryDelays.Length - 1)]);
            }
        }
    }

    public void Dispose()
    {
        HasLeft = true;
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }

    /// <summary>Says how a change ended, in <see cref="SaveMessage"/>.</summary>
    private void Report(Result result)
    {
        if (HasLeft)
        {
            return;
        }

        if (result.Succeeded && WaitingForDatabase)
        {
            if (_queue.Pending > 1)
            {
                // Stored, but changes made while the database was away still wait behind it: the page keeps saying so.
                return;
            }

            // The last of them (an upload, say, which is not retried): nothing waits any more.
            WaitingForDatabase = false;
        }

        SaveFailed = !result.Succeeded;
        SaveMessage = result.Succeeded ? EditorText.SavedAt(Clock)
            : result.Kind != ErrorKind.Validation ? result.Message
            : ShowsFieldMessages ? EditorText.SeeFieldMessages
            : "انجام نشد: " + EditorText.Failure(result);
    }

    private void ReportProgress(double percent)
    {
        UploadProgress = percent;
        if (!HasLeft)
        {
            _ = InvokeAsync(StateHasChanged);
        }
    }
}
