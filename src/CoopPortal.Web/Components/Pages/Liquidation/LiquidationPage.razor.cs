using CoopPortal.Application.Common.Formatting;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Liquidation.Common;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Liquidation;
using CoopPortal.Web.Components.Common;
using Microsoft.AspNetCore.Components.Forms;

namespace CoopPortal.Web.Components.Pages.Liquidation;

/// <summary>The liquidator's page: the report being written (saved as typed), its files, and filing it; the markup is in the .razor file.</summary>
public sealed partial class LiquidationPage
{
    private static readonly (string Key, string Label)[] Figures =
    [
        (nameof(LiquidationDraft.Assets), "جمع دارایی‌ها (ریال)"),
        (nameof(LiquidationDraft.DebtsSettled), "بدهی‌های پرداخت‌شده (ریال)"),
        (nameof(LiquidationDraft.RemainingDistributed), "باقی‌مانده‌ی تقسیم‌شده میان اعضا (ریال)"),
    ];

    private string? _text;
    private Dictionary<string, string?> _figures = [];
    private string? _fileError;
    private string? _fileMessage;
    private string? _done;
    private bool _filing;

    protected override Task<Result<LiquidationView>> FetchAsync(CancellationToken cancellationToken) => GetHandler.HandleAsync(Id, cancellationToken);

    /// <summary>The form is filled from the draft only on the first load or after a filing (afterwards it holds what was typed).</summary>
    protected override Task OnLoadedAsync(bool firstLoad)
    {
        if (firstLoad || _filing)
        {
            var draft = View!.Draft;
            _text = draft.Text;
            _figures = new Dictionary<string, string?>
            {
                [nameof(LiquidationDraft.Assets)] = Show(draft.Assets),
                [nameof(LiquidationDraft.DebtsSettled)] = Show(draft.DebtsSettled),
                [nameof(LiquidationDraft.RemainingDistributed)] = Show(draft.RemainingDistributed),
            };
        }

        return Task.CompletedTask;
    }

    private static string? Show(long? value) => value is { } v ? PersianDigits.ToPersian(v.ToString(System.Globalization.CultureInfo.InvariantCulture)) : null;

    private static long? Parse(string? text) =>
        PersianDigits.DigitsOnly(PersianDigits.ToAscii(text).Replace(",", string.Empty, StringComparison.Ordinal).Replace("٬", string.Empty, StringComparison.Ordinal)) is { Length: > 0 and < 19 } digits
            ? long.Parse(digits, System.Globalization.CultureInfo.InvariantCulture)
            : null;

    private LiquidationDraft Draft => new(_text, Parse(_figures.GetValueOrDefault(nameof(LiquidationDraft.Assets))),
        Parse(_figures.GetValueOrDefault(nameof(LiquidationDraft.DebtsSettled))), Parse(_figures.GetValueOrDefault(nameof(LiquidationDraft.RemainingDistributed))));

    private async Task ChangedAsync(Action keep)
    {
        keep();
        _done = null;
        await SaveAsync(() => ReportHandler.SaveDraftAsync(Id, Draft, CancellationToken.None));
    }

    private async Task UploadAsync(IBrowserFile? file)
    {
        if (file is null)
        {
            return;
        }

        _fileError = await UploadAsync(file, FilesHandler.MaxBytes, async stream => await FilesHandler.UploadAsync(Id, file.Name, file.Size, stream, CancellationToken.None));
        await LoadAsync();
    }

    private async Task RemoveFileAsync(Guid fileId) => await SaveAsync(() => FilesHandler.RemoveAsync(Id, fileId, CancellationToken.None));

    /// <summary>Files the report as interim or final, after the confirmation that says it is kept whole.</summary>
    private async Task FileAsync(LiquidationReportKind kind)
    {
        await SavedAsync();
        var view = View!;
        var problems = kind == LiquidationReportKind.Final ? view.FinalProblems : view.InterimProblems;
        if (problems.Count > 0)
        {
            _fileMessage = "گزارش هنوز کامل نیست: " + string.Join("؛ ", problems.Select(p => p.Message));
            return;
        }

        var title = LiquidationText.Title(kind);
        var confirmation = new Confirmation(
            $"{title} ثبت شود؟",
            [("تعاونی", view.CooperativeName), ("فایل‌ها", PersianFormat.Number(view.DraftFiles.Count))],
            kind == LiquidationReportKind.Final
                ? "گزارش نهایی برای بررسی به اداره کل می‌رود و تا تصمیم اداره تغییر نمی‌کند؛ با تأیید آن تعاونی از دفتر ثبت حذف می‌شود."
                : "گزارش میان‌دوره‌ای به اداره کل فرستاده می‌شود و پس از ثبت تغییر نمی‌کند.",
            $"ثبت {title}");
        if (!await confirmation.AskAsync(Dialogs))
        {
            return;
        }

        _filing = true;
        _fileMessage = null;
        try
        {
            var result = await RunAsync(() => ReportHandler.FileAsync(Id, kind, CancellationToken.None));
            _fileMessage = result.Succeeded ? null : result.Message;
            _done = result.Succeeded ? $"{title} ثبت و به اداره کل فرستاده شد." : null;
            await LoadAsync();
        }
        finally
        {
            _filing = false;
        }
    }
}
