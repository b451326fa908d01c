namespace CoopPortal.Domain.Formation;

/// <summary>What someone does to an application.</summary>
public enum WorkflowAction
{
    Submit,
    Withdraw,
    Claim,
    Assign,
    SendBack,
    Resubmit,
    Recommend,
    Approve,
    ReturnToReviewer,
    Reject,
    RevokeApproval,
}
