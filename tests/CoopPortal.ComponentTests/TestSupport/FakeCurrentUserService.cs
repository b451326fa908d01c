using CoopPortal.Application.Common.Security;

namespace CoopPortal.ComponentTests.TestSupport;

/// <summary>Stands in for the database-backed current-user service: always the snapshot it was given.</summary>
public sealed class FakeCurrentUserService(CurrentUserSnapshot user) : ICurrentUserService
{
    public Task<ICurrentUser> GetAsync(CancellationToken cancellationToken) => Task.FromResult<ICurrentUser>(user);
}
