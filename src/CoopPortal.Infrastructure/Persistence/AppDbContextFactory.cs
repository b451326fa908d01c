using CoopPortal.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Infrastructure.Persistence;

internal sealed class AppDbContextFactory(IDbContextFactory<AppDbContext> factory) : IAppDbContextFactory
{
    public async Task<IAppDbContext> CreateAsync(CancellationToken cancellationToken) =>
        await factory.CreateDbContextAsync(cancellationToken);

    public async Task<IAppDbContext> CreateForReportsAsync(CancellationToken cancellationToken)
    {
        var db = await factory.CreateDbContextAsync(cancellationToken);
        try
        {
            // Ended (rolled back) when the context is disposed; nothing is written through it.
            await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);
            await db.Database.ExecuteSqlRawAsync("SET TRANSACTION READ ONLY; SET LOCAL max_parallel_workers_per_gather = 0", cancellationToken);
            return db;
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }
}
