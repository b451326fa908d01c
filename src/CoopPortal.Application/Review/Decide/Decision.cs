namespace CoopPortal.Application.Review.Decide;

/// <summary>A decision the office can take on a formation application.</summary>
public enum Decision
{
    Claim,
    SendBack,
    Recommend,
    Reject,
    Approve,
    ReturnToReviewer,
    Assign,
}
