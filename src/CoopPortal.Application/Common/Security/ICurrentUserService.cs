namespace CoopPortal.Application.Common.Security;

/// <summary>
/// Gives a use case the person it runs for, read fresh (roles and province from the database) on each call, so a role
/// removed by an admin stops working at once, even in an open session.
/// </summary>
public interface ICurrentUserService
{
    Task<ICurrentUser> GetAsync(CancellationToken cancellationToken);
}
