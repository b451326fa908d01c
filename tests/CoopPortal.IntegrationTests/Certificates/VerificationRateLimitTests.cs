using System.Net;

namespace CoopPortal.IntegrationTests.Certificates;

/// <summary>The public verification page is rate-limited per client, with a Persian answer.</summary>
public sealed class VerificationRateLimitTests
{
    [Fact]
    public async Task Checks_beyond_the_limit_get_429_with_a_persian_message_and_a_retry_time()
    {
        using var factory = new PortalFactory(settings: new Dictionary<string, string?> { ["Verification:PermitPerMinute"] = "3" });
        using var client = factory.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            using var allowed = await client.GetAsync("/verify/" + Domain.Certificates.VerificationCode.New());
            Assert.Equal(HttpStatusCode.NotFound, allowed.StatusCode);
        }

        using var limited = await client.GetAsync("/verify/" + Domain.Certificates.VerificationCode.New());
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Contains("یک دقیقه دیگر", await limited.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("60", limited.Headers.RetryAfter?.Delta?.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));

        using var otherPages = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, otherPages.StatusCode);
    }
}
