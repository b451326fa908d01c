using CoopPortal.Domain.Common;

namespace CoopPortal.Domain.Liquidation;

/// <summary>
/// The report the liquidators are writing, saved as they type: its text and, for the final report, the figures. Filing
/// turns it into a <see cref="LiquidationReport"/> and starts an empty one.
/// </summary>
public sealed record LiquidationDraft(string? Text, long? Assets, long? DebtsSettled, long? RemainingDistributed)
{
    public const int MaxTextLength = 8000;

    public static LiquidationDraft Empty { get; } = new(null, null, null, null);

    public LiquidationDraft Normalized() => this with
    {
        Text = PersianText.Normalize(Text).Trim() is { Length: > 0 } text ? FieldLengths.Fit(text, MaxTextLength) : null,
    };
}
