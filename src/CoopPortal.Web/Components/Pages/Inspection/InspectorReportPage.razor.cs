using CoopPortal.Application.Common.Formatting;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Inspection.Common;
using CoopPortal.Domain.Inspection;
using CoopPortal.Web.Components.Common;

namespace CoopPortal.Web.Components.Pages.Inspection;

/// <summary>The report's state, saving and signing; the markup is in the .razor file.</summary>
public sealed partial class InspectorReportPage
{
    private InspectorReportFormModel? _form;
    private Dictionary<string, string[]> _errors = [];
    private string? _submitMessage;
    private bool _submitting;

    protected override Task<Result<InspectorReportView>> FetchAsync(CancellationToken cancellationToken) => GetHandler.HandleAsync(Id, cancellationToken);

    /// <summary>The form is filled from the report only on the first load (afterwards it holds what was typed).</summary>
    protected override Task OnLoadedAsync(bool firstLoad)
    {
        if (_form is null || firstLoad || !View!.CanEdit)
        {
            _form = View!.CanEdit ? InspectorReportFormModel.From(View) : null;
        }

        return Task.CompletedTask;
    }

    private string? ErrorOf(string field) => _errors.TryGetValue(field, out var messages) && messages.Length > 0 ? messages[0] : null;

    private Task ChangedAsync(Action keep)
    {
        keep();
        return SaveAsync();
    }

    /// <summary>Saves the whole report in its turn; what is still missing shows beside each field after a save.</summary>
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

    /// <summary>Signs by sending, after the confirmation that says it cannot be changed after.</summary>
    private async Task SubmitAsync()
    {
        await SavedAsync();
        var view = View!;
        var opinion = view.Content.Opinion is { } o ? InspectorReportText.Title(o) : "—";
        var confirmation = new Confirmation(
            "گزارش بازرس امضا و ارسال شود؟",
            [("تعاونی", view.CooperativeName), ("اظهارنظر", opinion), ("شمار یافته‌ها", PersianFormat.Number(view.Content.Findings.Count(f => f.Length > 0)))],
            "با ارسال، گزارش به نام شما امضا می‌شود و پس از آن نه شما و نه کس دیگری نمی‌تواند آن را تغییر دهد؛ مدیران تعاونی و اداره کل تعاون استان آن را می‌بینند.",
            "امضا و ارسال گزارش");
        if (!await confirmation.AskAsync(Dialogs))
        {
            return;
        }

        _submitting = true;
        _submitMessage = null;
        try
        {
            var result = await RunAsync(() => SubmitHandler.HandleAsync(Id, CancellationToken.None));
            if (result.Kind == ErrorKind.Validation)
            {
                _errors = result.Errors.ToDictionary(e => e.Key, e => e.Value);
                _submitMessage = "گزارش هنوز کامل نیست؛ پیام کنار هر بخش را ببینید.";
            }
            else if (!result.Succeeded)
            {
                _submitMessage = result.Message;
            }

            await LoadAsync();
        }
        finally
        {
            _submitting = false;
        }
    }
}
