namespace CoopPortal.Application.Review.Queue;

public sealed record QueuePage(IReadOnlyList<QueueItem> Items, QueueCursor? Next);
