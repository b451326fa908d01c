using MudBlazor;

namespace CoopPortal.Web.Components.Common;

/// <summary>
/// What a confirmation asks before a decision that cannot simply be taken back (approve, reject, send back, revoke;
/// issue 18): a question, the facts the person is about to act on, what will follow, and the button's words.
/// </summary>
/// <param name="Title">The question, e.g. «درخواست تأیید و موافقت‌نامه صادر شود؟».</param>
/// <param name="Facts">
/// The summary shown as a list of label and value (a reason, the sections sent back); a code in a value is marked with
/// <see cref="Application.Common.Formatting.PersianFormat.CodeInText"/>.
/// </param>
/// <param name="Consequence">What happens next and whether it can be undone, in one or two sentences.</param>
/// <param name="Confirm">The confirming button's words: the decision itself («تأیید و صدور موافقت‌نامه»), not «بله».</param>
public sealed record Confirmation(string Title, IReadOnlyList<(string Label, string Value)> Facts, string Consequence, string Confirm, Color Color = Color.Primary)
{
    /// <summary>Shows the confirmation; true when the person confirmed (false when they cancelled or pressed Escape).</summary>
    public async Task<bool> AskAsync(IDialogService dialogs)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        var parameters = new DialogParameters<ConfirmDialog> { { d => d.Confirmation, this } };
        var options = new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true, BackdropClick = false };
        var dialog = await dialogs.ShowAsync<ConfirmDialog>(Title, parameters, options);
        var result = await dialog.Result;
        return result is { Canceled: false };
    }
}
