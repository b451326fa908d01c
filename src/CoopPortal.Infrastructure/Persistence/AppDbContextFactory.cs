using CoopPortal.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Infrastructure.Persistence;

internal sealed class AppDbContextFactory(IDbContextFactory<AppDbContext> factory) : IAppDbContextFactory
{
    public async Task<IAppDbContext> CreateAsync(CancellationToken cancellationToken) =>
        await factory.CreateDbContextAsync(cancellationToken);
}
