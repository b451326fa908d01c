namespace CoopPortal.Domain.Festival;

/// <summary>The steps of a festival's workflow table (<see cref="FestivalCase.Workflow"/>).</summary>
public enum FestivalAction
{
    /// <summary>The office opens the province's festival of a year (the case's first line, not a row of the table).</summary>
    Open,

    /// <summary>A reviewer puts a cooperative on the shortlist of its orientation, with a reason; its score is kept.</summary>
    Shortlist,

    /// <summary>A reviewer takes a cooperative off the shortlist.</summary>
    Unlist,

    /// <summary>A reviewer sends the shortlist to the head of office.</summary>
    SubmitShortlist,

    /// <summary>The head confirms the winners from the shortlist; each gets a certificate of appreciation.</summary>
    ConfirmWinners,

    /// <summary>The head sends the shortlist back to the reviewers with a comment.</summary>
    SendBack,

    /// <summary>The office puts the winners on the public page.</summary>
    Publish,
}
