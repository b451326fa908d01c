namespace CoopPortal.Application.Review.Escalation;

/// <summary>Review settings (configuration section "Review").</summary>
public sealed class ReviewOptions
{
    public const string SectionName = "Review";

    /// <summary>After how many days waiting an application is overdue.</summary>
    public int SlaDays { get; set; } = 7;

    /// <summary>How often the escalation runs, in minutes.</summary>
    public int EscalationIntervalMinutes { get; set; } = 10;

    /// <summary>
    /// Separation of duties between the two levels: whoever recommended an application may not also approve or reject
    /// it at the second level (on by default; an office with a single member of staff may turn it off).
    /// </summary>
    public bool SeparateRecommendAndApprove { get; set; } = true;
}
