namespace CoopPortal.Domain.Formation;

/// <summary>The steps an application spends time in between submission and decision, each named after who holds it.</summary>
public enum WorkflowStep
{
    /// <summary>Submitted or resubmitted, waiting in the province's queue until a reviewer takes it.</summary>
    AwaitingReview,

    /// <summary>With the reviewer (first level).</summary>
    Review,

    /// <summary>Back with the applicant for correction.</summary>
    Correction,

    /// <summary>Recommended, waiting for the head of office's decision (second level).</summary>
    Approval,
}
