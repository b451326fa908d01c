using CoopPortal.Application.Accounts;

namespace CoopPortal.UnitTests.TestSupport;

/// <summary>Records the calls it gets and answers with a fixed result.</summary>
public sealed class FakeIdentityService(CreateAccountResult result, ChangePasswordResult? changeResult = null, bool hasPassword = true) : IIdentityService
{
    public Task<bool> HasPasswordAsync(string userId, CancellationToken cancellationToken) => Task.FromResult(hasPassword);

    public List<(string UserId, string Current, string New)> ChangeCalls { get; } = [];

    public Task<ChangePasswordResult> ChangePasswordAsync(string userId, string currentPassword, string newPassword, CancellationToken cancellationToken)
    {
        ChangeCalls.Add((userId, currentPassword, newPassword));
        return Task.FromResult(changeResult ?? new ChangePasswordResult(ChangePasswordOutcome.Changed, []));
    }

    public List<(NewCitizen Citizen, string Password)> Calls { get; } = [];

    public Task<CreateAccountResult> CreateApplicantAsync(NewCitizen citizen, string password, CancellationToken cancellationToken)
    {
        Calls.Add((citizen, password));
        return Task.FromResult(result);
    }
}
