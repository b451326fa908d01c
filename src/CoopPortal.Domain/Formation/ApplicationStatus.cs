namespace CoopPortal.Domain.Formation;

/// <summary>Where a formation application stands. Stored by name.</summary>
public enum ApplicationStatus
{
    Draft,
    Submitted,
    UnderReview,
    ReturnedForCorrection,
    Resubmitted,
    RecommendedForApproval,
    Approved,
    Rejected,
    Withdrawn,

    /// <summary>Approved, then the head of office revoked the formation approval certificate.</summary>
    ApprovalRevoked,
}
