namespace CoopPortal.Application.Review.Queue;

/// <summary>Where the next page starts: after this row in (submission time, id) order.</summary>
public sealed record QueueCursor(DateTime SubmittedAtUtc, Guid Id);
