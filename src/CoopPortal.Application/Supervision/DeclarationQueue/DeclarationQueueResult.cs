namespace CoopPortal.Application.Supervision.DeclarationQueue;

/// <summary>One page of the queue, riskiest first; <paramref name="Matching"/> is how many the filter finds in all.</summary>
public sealed record DeclarationQueueResult(IReadOnlyList<DeclarationQueueItem> Items, int Matching, int Page, int PageSize)
{
    public int Pages => Math.Max(1, (Matching + PageSize - 1) / PageSize);
}
