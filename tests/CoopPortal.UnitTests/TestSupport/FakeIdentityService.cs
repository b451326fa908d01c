using CoopPortal.Application.Accounts;

namespace CoopPortal.UnitTests.TestSupport;

/// <summary>Records the calls it gets and answers with a fixed result.</summary>
public sealed class FakeIdentityService(CreateAccountResult result) : IIdentityService
{
    public List<(NewCitizen Citizen, string Password)> Calls { get; } = [];

    public Task<CreateAccountResult> CreateApplicantAsync(NewCitizen citizen, string password, CancellationToken cancellationToken)
    {
        Calls.Add((citizen, password));
        return Task.FromResult(result);
    }
}
