namespace CoopPortal.Domain.Cooperatives;

/// <summary>The steps of a cooperative's life (<see cref="CooperativeLifecycle.Machine"/>). Stored by name.</summary>
public enum CooperativeStatusAction
{
    /// <summary>A reviewer opens a dormancy case for a possibly dormant cooperative.</summary>
    OpenDormancyCase,

    /// <summary>The portal found the overdue declarations and an ordinary assembly: the cooperative is revived.</summary>
    Revive,

    /// <summary>The head of office closes the dormancy case with a reason (neither revived nor dissolved).</summary>
    CloseDormancyCase,

    /// <summary>The head of office decides to pursue dissolution, with its legal ground (article 54).</summary>
    PursueDissolution,

    /// <summary>The office confirms an extraordinary assembly's resolution to dissolve, which names the liquidators.</summary>
    ResolveDissolution,

    /// <summary>The office records the liquidators of a cooperative whose dissolution was decided.</summary>
    StartLiquidation,

    /// <summary>The head of office confirms the liquidators' final report: the cooperative is struck off.</summary>
    StrikeOff,
}
