using CoopPortal.Application.Common.Security;

namespace CoopPortal.Bench;

/// <summary>The caller a measured use case runs for, always the same.</summary>
internal sealed class FixedUser(ICurrentUser user) : ICurrentUserService
{
    public Task<ICurrentUser> GetAsync(CancellationToken cancellationToken) => Task.FromResult(user);
}
