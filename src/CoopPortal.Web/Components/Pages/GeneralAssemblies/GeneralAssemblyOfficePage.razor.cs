using CoopPortal.Application.Assemblies.Common;
using CoopPortal.Application.Assemblies.DecideSupervision;
using CoopPortal.Application.Assemblies.GetCandidacy;
using CoopPortal.Application.Assemblies.GetGeneralAssembly;
using CoopPortal.Application.Assemblies.ObserverReport;
using CoopPortal.Application.Assemblies.ReviewMinutes;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Staff;
using CoopPortal.Domain.Assemblies;
using CoopPortal.Web.Components.Common;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace CoopPortal.Web.Components.Pages.GeneralAssemblies;

/// <summary>The office page's state and decisions; the markup is in the .razor file.</summary>
public sealed partial class GeneralAssemblyOfficePage
{
    private Loaded? _loaded;
    private IReadOnlyList<StaffMember> _observers = [];
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
    private SupervisionDecisionHandler Supervision { get; set; } = default!;

    [Inject]
    private ObserverReportHandler ObserverReport { get; set; } = default!;

    [Inject]
    private MinutesReviewHandler Review { get; set; } = default!;

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

    private async Task LoadAsync(bool firstLoad = false)
    {
        async Task<Loaded?> Read()
        {
            if ((await GetAssembly.HandleAsync(Id, CancellationToken.None)).Value is not { } view)
            {
                return null;
            }

            var candidates = (await GetCandidacy.OfAssemblyAsync(Id, CancellationToken.None)).Value ?? [];
            IReadOnlyList<StaffMember> observers = view.Actions.Contains(GeneralAssemblyAction.AssignObserver)
                ? (await Supervision.ObserversAsync(Id, CancellationToken.None)).Value ?? []
                : [];
            return new Loaded(view, candidates, observers);
        }

        var found = firstLoad ? await Prerendered.ReadOnceAsync(Authentication, RendererInfo.IsInteractive, GetType(), Id, Read) : await Read();
        if (found is null)
        {
            Navigation.NotFound();
            return;
        }

        _loaded = found;
        _observers = found.Observers;
    }

    private async Task AssignAsync(StaffMember observer)
    {
        var confirmation = new Confirmation(
            "ناظر مجمع تعیین شود؟",
            [.. Identity(), ("ناظر", observer.FullName)],
            "ناظر و مدیران تعاونی باخبر می‌شوند. پس از تشکیل مجمع، صورت‌جلسه نخست به ناظر می‌رسد.",
            "تعیین ناظر");
        await DecideAsync(confirmation, () => Supervision.AssignObserverAsync(Id, observer.UserId, CancellationToken.None), $"«{observer.FullName}» ناظر این مجمع شد.");
    }

    private async Task WaiveAsync(string reason)
    {
        var confirmation = new Confirmation(
            "مجمع بدون ناظر برگزار شود؟",
            [.. Identity(), ("دلیل بی‌نیازی از نظارت", reason)],
            "اداره ناظری به مجمع نمی‌فرستد و مدیران پس از تشکیل مجمع صورت‌جلسه را مستقیم برای بررسی می‌فرستند. این تصمیم بازگشت‌پذیر نیست.",
            "بدون ناظر");
        await DecideAsync(confirmation, () => Supervision.WaiveAsync(Id, reason, CancellationToken.None), "ثبت شد که این مجمع بدون ناظر برگزار می‌شود.");
    }

    private Task ObserverConfirmAsync(string? note) =>
        DecideAsync(null, () => ObserverReport.ConfirmAsync(Id, note, CancellationToken.None), "برگزاری مجمع را تأیید کردید؛ صورت‌جلسه برای بررسی کارشناس فرستاده شد.");

    private async Task ReportAsync(string findings)
    {
        var confirmation = new Confirmation(
            "تخلف در برگزاری مجمع گزارش شود؟",
            [.. Identity(), ("تخلف‌های دیده‌شده", findings)],
            "گزارش شما در پرونده مجمع می‌ماند و کارشناس با دیدن آن درباره صورت‌جلسه تصمیم می‌گیرد. گزارش بازگشت‌پذیر نیست.",
            "گزارش تخلف",
            Color.Warning);
        await DecideAsync(confirmation, () => ObserverReport.ReportIrregularitiesAsync(Id, findings, CancellationToken.None), "گزارش تخلف ثبت شد و برای بررسی کارشناس فرستاده شد.");
    }

    private async Task ConfirmAsync()
    {
        var view = _loaded!.View;
        var elected = view.Elected.Count == 0
            ? "—"
            : string.Join("، ", view.Elected.Select(o => $"{o.FullName} ({GeneralAssemblyText.Post(o.Role)})"));
        var confirmation = new Confirmation(
            "صورت‌جلسه تأیید و تغییرات در ثبت اعمال شود؟",
            [.. Identity(), ("منتخبان", elected)],
            "ارکان تازه با دوره‌ای از روز مجمع، و سرمایه، نشانی یا نام تصویب‌شده در ثبت تعاونی اعمال می‌شوند و ارکان پیشین در سابقه می‌مانند. تأیید بازگشت‌پذیر نیست.",
            "تأیید صورت‌جلسه و ثبت تغییرات",
            Color.Success);
        await DecideAsync(confirmation, () => Review.ConfirmAsync(Id, CancellationToken.None), "صورت‌جلسه تأیید شد و تغییرات در ثبت تعاونی اعمال شد.");
    }

    private async Task SendBackAsync(string comment)
    {
        var confirmation = new Confirmation(
            "صورت‌جلسه برای اصلاح بازگردانده شود؟",
            [.. Identity(), ("اصلاحات لازم", comment)],
            "مدیران تعاونی باخبر می‌شوند و تا صورت‌جلسه را اصلاح نکنند و دوباره نفرستند، بررسی آن متوقف می‌ماند.",
            "بازگرداندن برای اصلاح",
            Color.Warning);
        await DecideAsync(confirmation, () => Review.SendBackAsync(Id, comment, CancellationToken.None), "صورت‌جلسه با توضیح شما برای اصلاح به مدیران بازگردانده شد.");
    }

    /// <summary>The cooperative, kind and meeting day: what every confirmation names first.</summary>
    private IEnumerable<(string Label, string Value)> Identity()
    {
        var view = _loaded!.View;
        yield return ("تعاونی", view.CooperativeName);
        yield return ("نوع مجمع", GeneralAssemblyText.Title(view.Notice.Kind));
        yield return ("تاریخ و ساعت تشکیل", GeneralAssemblyUi.When(view.Notice.MeetingOn, view.Notice.MeetingTime));
    }

    /// <summary>Asks (when the step cannot be taken back), runs the step with the buttons held, says what happened and reads again.</summary>
    private async Task DecideAsync(Confirmation? confirmation, Func<Task<Result>> step, string done)
    {
        if (_busy || (confirmation is not null && !await confirmation.AskAsync(Dialogs)))
        {
            return;
        }

        _busy = true;
        _message = null;
        try
        {
            var result = await step();
            if (result.Kind == ErrorKind.NotFound)
            {
                Navigation.NotFound();
                return;
            }

            _failed = !result.Succeeded;
            _message = result.Succeeded ? done : string.Join(" ", GeneralAssemblyUi.Messages(result));
            await LoadAsync();
        }
        finally
        {
            _busy = false;
        }
    }

    private sealed record Loaded(GeneralAssemblyView View, IReadOnlyList<CandidacyView> Candidates, IReadOnlyList<StaffMember> Observers);
}
