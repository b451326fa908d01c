using CoopPortal.Application.Assemblies.AnnounceAssembly;
using CoopPortal.Application.Assemblies.CancelAssembly;
using CoopPortal.Application.Assemblies.Common;
using CoopPortal.Application.Assemblies.GetCandidacy;
using CoopPortal.Application.Assemblies.GetGeneralAssembly;
using CoopPortal.Application.Common.Formatting;
using CoopPortal.Application.Common.Results;
using CoopPortal.Domain.Assemblies;
using CoopPortal.Web.Components.Common;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace CoopPortal.Web.Components.Pages.GeneralAssemblies;

/// <summary>The managers' overview's state and steps; the markup is in the .razor file.</summary>
public sealed partial class GeneralAssemblyPage
{
    private Loaded? _loaded;
    private IReadOnlyList<ProblemLink> _problems = [];
    private string? _message;
    private bool _failed;
    private bool _busy;

    [Parameter]
    public Guid Id { get; set; }

    [Inject]
    private GetGeneralAssemblyHandler GetAssembly { get; set; } = default!;

    [Inject]
    private GetCandidacyHandler GetCandidacy { get; set; } = default!;

    [Inject]
    private AnnounceAssemblyHandler Announce { get; set; } = default!;

    [Inject]
    private CancelAssemblyHandler Cancel { get; set; } = default!;

    [Inject]
    private IAssemblyRulesProvider Rules { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private PrerenderedViews Prerendered { get; set; } = default!;

    [Inject]
    private AuthenticationStateProvider Authentication { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    protected override async Task OnParametersSetAsync() => await LoadAsync(firstLoad: true);

    /// <summary>True once the managers wrote any of the minutes (or sent them).</summary>
    internal static bool HasMinutes(GeneralAssemblyView view) =>
        view.Attendance.Members is not null || view.Resolutions.Count > 0 || view.Elected.Count > 0 || view.Files.Count > 0
        || view.Status is GeneralAssemblyStatus.AwaitingObserver or GeneralAssemblyStatus.MinutesSubmitted or GeneralAssemblyStatus.ObserverConfirmed
            or GeneralAssemblyStatus.IrregularitiesReported or GeneralAssemblyStatus.ReturnedForCorrection or GeneralAssemblyStatus.Confirmed;

    /// <summary>Reads the assembly and its candidates; the first load takes what the prerender read.</summary>
    private async Task LoadAsync(bool firstLoad = false)
    {
        async Task<Loaded?> Read()
        {
            if ((await GetAssembly.HandleAsync(Id, CancellationToken.None)).Value is not { } view)
            {
                return null;
            }

            var candidates = (await GetCandidacy.OfAssemblyAsync(Id, CancellationToken.None)).Value ?? [];
            return new Loaded(view, candidates);
        }

        var found = firstLoad ? await Prerendered.ReadOnceAsync(Authentication, RendererInfo.IsInteractive, GetType(), Id, Read) : await Read();
        if (found is null)
        {
            Navigation.NotFound();
            return;
        }

        _loaded = found;
    }

    private async Task AnnounceAsync()
    {
        var view = _loaded!.View;
        var confirmation = new Confirmation(
            "آگهی دعوت منتشر شود؟",
            [("نوع مجمع", GeneralAssemblyText.Title(view.Notice.Kind)), ("تاریخ و ساعت تشکیل", GeneralAssemblyUi.When(view.Notice.MeetingOn, view.Notice.MeetingTime)),
             ("دستور جلسه", string.Join("، ", view.Agenda.Select(GeneralAssemblyUi.ItemTitle)))],
            "آگهی با تاریخ امروز منتشر و برای اداره کل تعاون استان فرستاده می‌شود؛ پس از انتشار، آگهی دیگر ویرایش نمی‌شود.",
            "انتشار آگهی");
        if (_busy || !await confirmation.AskAsync(Dialogs))
        {
            return;
        }

        await RunAsync(() => Announce.HandleAsync(Id, CancellationToken.None), "آگهی دعوت منتشر شد و برای اداره کل تعاون استان فرستاده شد.");
    }

    private async Task CancelAsync(string? reason)
    {
        var view = _loaded!.View;
        var confirmation = new Confirmation(
            "مجمع لغو شود؟",
            [("نوع مجمع", GeneralAssemblyText.Title(view.Notice.Kind)), ("تاریخ و ساعت تشکیل", GeneralAssemblyUi.When(view.Notice.MeetingOn, view.Notice.MeetingTime)),
             ("دلیل لغو", string.IsNullOrWhiteSpace(reason) ? "—" : reason)],
            "مجمع لغو می‌شود و اداره و نامزدها باخبر می‌شوند. لغو بازگشت‌پذیر نیست؛ برای تشکیل دوباره، مجمع تازه‌ای آغاز کنید.",
            "لغو مجمع",
            Color.Error);
        if (_busy || !await confirmation.AskAsync(Dialogs))
        {
            return;
        }

        await RunAsync(() => Cancel.HandleAsync(Id, reason, CancellationToken.None), "مجمع لغو شد.");
    }

    /// <summary>Runs one step with the buttons held; refused notice problems are listed with links to their fields.</summary>
    private async Task RunAsync(Func<Task<Result>> step, string done)
    {
        _busy = true;
        _message = null;
        _problems = [];
        try
        {
            var result = await step();
            if (result.Kind == ErrorKind.NotFound)
            {
                Navigation.NotFound();
                return;
            }

            _failed = !result.Succeeded;
            if (result.Kind == ErrorKind.Validation)
            {
                _problems = [.. result.Errors.SelectMany(e => e.Value.Select(m => new ProblemLink(m, $"{GeneralAssemblyUi.NoticeUrl(Id)}#{FieldIds.For(e.Key)}")))];
                _message = "آگهی منتشر نشد؛ موارد زیر را در آگهی کامل کنید.";
            }
            else
            {
                _message = result.Succeeded ? done : string.Join(" ", GeneralAssemblyUi.Messages(result));
            }

            await LoadAsync();
        }
        finally
        {
            _busy = false;
        }
    }

    private sealed record Loaded(GeneralAssemblyView View, IReadOnlyList<CandidacyView> Candidates);
}
