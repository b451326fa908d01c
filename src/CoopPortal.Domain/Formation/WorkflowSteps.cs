namespace CoopPortal.Domain.Formation;

/// <summary>Which status belongs to which step, and the steps' Persian names.</summary>
public static class WorkflowSteps
{
    public static IReadOnlyList<WorkflowStep> All { get; } = Enum.GetValues<WorkflowStep>();

    /// <summary>The step an application is in while it has <paramref name="status"/>; null outside the office's workflow.</summary>
    public static WorkflowStep? Of(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Submitted or ApplicationStatus.Resubmitted => WorkflowStep.AwaitingReview,
        ApplicationStatus.UnderReview => WorkflowStep.Review,
        ApplicationStatus.ReturnedForCorrection => WorkflowStep.Correction,
        ApplicationStatus.RecommendedForApproval => WorkflowStep.Approval,
        _ => null,
    };

    /// <summary>The statuses that make up a step.</summary>
    public static IReadOnlyList<ApplicationStatus> StatusesOf(WorkflowStep step) =>
        Enum.GetValues<ApplicationStatus>().Where(s => Of(s) == step).ToList();

    public static string Title(WorkflowStep step) => step switch
    {
        WorkflowStep.AwaitingReview => "انتظار در صف بررسی",
        WorkflowStep.Review => "بررسی کارشناس (سطح اول)",
        WorkflowStep.Correction => "اصلاح توسط متقاضی",
        WorkflowStep.Approval => "تصمیم رئیس اداره (سطح دوم)",
        _ => step.ToString(),
    };
}
