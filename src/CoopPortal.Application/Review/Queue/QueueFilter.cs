using CoopPortal.Domain.Formation;

namespace CoopPortal.Application.Review.Queue;

/// <param name="SlaDays">After how many days waiting an application is overdue (setting Review:SlaDays, default 7).</param>
public sealed record QueueFilter(
    ApplicationStatus? Status = null,
    int? CountyId = null,
    int? OrientationId = null,
    DateOnly? SubmittedFrom = null,
    DateOnly? SubmittedTo = null,
    bool OverdueOnly = false,
    string? Search = null,
    QueueCursor? After = null,
    int PageSize = 20,
    int SlaDays = 7);
