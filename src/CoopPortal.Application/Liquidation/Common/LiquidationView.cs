using CoopPortal.Domain.Common;
using CoopPortal.Domain.Liquidation;
using CoopPortal.Domain.Registry;

namespace CoopPortal.Application.Liquidation.Common;

/// <summary>
/// A liquidation as its pages show it: the cooperative, status, source, the period and liquidators, the reports filed,
/// the report being written with its problems (for a liquidator), the history, and the steps the table offers the caller
/// (<see cref="Decisions"/>: nothing else is shown as a control).
/// </summary>
public sealed record LiquidationView(
    Guid Id,
    Guid CooperativeId,
    string CooperativeName,
    LiquidationStatus Status,
    LiquidationSource Source,
    DateOnly StartsOn,
    DateOnly EndsOn,
    IReadOnlyList<Liquidator> Liquidators,
    IReadOnlyList<LiquidationReport> Reports,
    LiquidationDraft Draft,
    IReadOnlyList<AttachedFile> DraftFiles,
    string? ReturnComment,
    IReadOnlyList<LiquidationHistoryLine> History,
    IReadOnlySet<LiquidationAction> Decisions,
    bool IsLiquidator,
    bool InterimRequired,
    IReadOnlyList<FieldProblem> InterimProblems,
    IReadOnlyList<FieldProblem> FinalProblems)
{
    public string StatusTitle => LiquidationText.Title(Status);

    public bool IsDraftEditable => IsLiquidator && Status is LiquidationStatus.Started or LiquidationStatus.InterimReported or LiquidationStatus.ReturnedForCorrection;

    public bool MayFileInterim => Decisions.Contains(LiquidationAction.FileInterim);

    public bool MayFileFinal => Decisions.Contains(LiquidationAction.FileFinal);
}

/// <summary>One line of a liquidation's history: when, what, by whom (a name for the office, «مدیر تصفیه» for a liquidator), why.</summary>
public sealed record LiquidationHistoryLine(DateTime AtUtc, LiquidationAction Action, string Actor, string? Comment)
{
    public string Title => LiquidationText.Title(Action);
}
