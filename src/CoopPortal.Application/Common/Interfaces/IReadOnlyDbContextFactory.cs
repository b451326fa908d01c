namespace CoopPortal.Application.Common.Interfaces;

/// <summary>
/// Reads that may trail the latest writes by a moment: the statistics and their exports, and the offices' long lists
/// and queues. They go to the read replica (<c>ConnectionStrings:ReadOnly</c>) when one is configured and answering,
/// otherwise to the primary, on a context that tracks nothing and cannot write. A read that must see what the same
/// person has just written uses <see cref="IAppDbContextFactory"/> instead (docs/decisions/0017-reads-from-a-replica.md).
/// </summary>
public interface IReadOnlyDbContextFactory
{
    /// <summary>
    /// Runs <paramref name="read"/> on a read-only context. When the replica fails during it (stopped, unreachable, or
    /// a query cancelled by its recovery), the read runs again on the primary, so it must only read.
    /// </summary>
    Task<T> ReadAsync<T>(Func<IAppDbContext, Task<T>> read, CancellationToken cancellationToken);

    /// <summary>
    /// As <see cref="ReadAsync{T}"/>, for reports: in one read-only snapshot, so its aggregates see one moment, planned
    /// without parallel workers (on a small machine starting them costs more than the index scans they would share;
    /// bench/README.md).
    /// </summary>
    Task<T> ReadReportAsync<T>(Func<IAppDbContext, Task<T>> read, CancellationToken cancellationToken);

    /// <summary>Where the context given to a read reads from, and the moment its data is current to.</summary>
    Task<DataAsOf> AsOfAsync(IAppDbContext db, CancellationToken cancellationToken);
}
