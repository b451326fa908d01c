namespace CoopPortal.Application.Common.Interfaces;

/// <summary>Opens a unit of work: a fresh context for one use-case call, on the primary.</summary>
public interface IAppDbContextFactory
{
    Task<IAppDbContext> CreateAsync(CancellationToken cancellationToken);
}
