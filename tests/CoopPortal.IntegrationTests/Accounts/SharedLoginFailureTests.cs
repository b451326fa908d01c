using CoopPortal.Infrastructure.Identity;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CoopPortal.IntegrationTests.Accounts;

/// <summary>
/// Two portal instances on one database (issue 16): the failed log-ins of an unknown national code count on both
/// together, so it locks at the fifth try like a real account, whichever instance each try reaches.
/// </summary>
public sealed class SharedLoginFailureTests
{
    [Fact]
    public async Task Failures_of_an_unknown_code_spread_over_two_instances_lock_it_at_the_fifth_try()
    {
        var connectionString = TestPostgres.CreateDatabase("logins");
        using var first = new PortalFactory(connectionString);
        _ = first.Services;
        using var second = new PortalFactory(connectionString);
        FormClient Client(PortalFactory factory) => new(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        var clients = new[] { Client(first), Client(second) };
        var unknown = TestNationalCodes.Next();

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            using var failed = await clients[attempt % 2].LoginAsync(unknown, "whatever-password-here");
            Assert.Contains(AccountSignInService.FailedMessage, await failed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var fifth = await clients[1].LoginAsync(unknown, "whatever-password-here");
        Assert.Contains(AccountSignInService.LockedOutMessage, await fifth.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var sixth = await clients[0].LoginAsync(unknown, "whatever-password-here");
        Assert.Contains(AccountSignInService.LockedOutMessage, await sixth.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
