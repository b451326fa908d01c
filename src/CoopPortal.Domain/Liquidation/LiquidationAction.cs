namespace CoopPortal.Domain.Liquidation;

/// <summary>The steps of a liquidation's workflow table (<see cref="LiquidationCase.Workflow"/>). Stored by name.</summary>
public enum LiquidationAction
{
    /// <summary>The office started the liquidation (the history's first line; not a row of the table).</summary>
    Start,

    /// <summary>A liquidator files an interim report.</summary>
    FileInterim,

    /// <summary>A liquidator files the final report.</summary>
    FileFinal,

    /// <summary>A reviewer (or the head) sends the final report back with a comment.</summary>
    SendBack,

    /// <summary>A reviewer recommends the final report to the head.</summary>
    Recommend,

    /// <summary>The head confirms the final report: the cooperative is struck off.</summary>
    Confirm,
}
