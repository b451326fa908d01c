namespace CoopPortal.Application.Common.Interfaces;

/// <summary>Opens a unit of work: a fresh context for one use-case call.</summary>
public interface IAppDbContextFactory
{
    Task<IAppDbContext> CreateAsync(CancellationToken cancellationToken);

    /// <summary>
    /// A context for reading reports: one read-only transaction, so its aggregates see one moment, planned without
    /// parallel workers (on a small machine starting them costs more than the index scans they would share; bench/README.md).
    /// </summary>
    Task<IAppDbContext> CreateForReportsAsync(CancellationToken cancellationToken) => CreateAsync(cancellationToken);
}
