namespace CoopPortal.Domain.Dormancy;

/// <summary>The steps of a dormancy case (<see cref="DormancyCase.Workflow"/>). Stored by name.</summary>
public enum DormancyAction
{
    /// <summary>A reviewer or head opens the case from the compliance list; the notice is printed.</summary>
    Open,

    /// <summary>A manager of the cooperative answers (we are reviving / we refuse), optionally with a file.</summary>
    Answer,

    /// <summary>The office records the revival, which the portal's rules D01–D02 must find earned.</summary>
    Revive,

    /// <summary>The head of office decides to pursue dissolution, with its legal ground.</summary>
    PursueDissolution,

    /// <summary>The head of office closes the case with a reason.</summary>
    Close,
}
