using System.Net.Http.Headers;
using System.Net.Http.Json;
using CoopPortal.Application.Common.Proofing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoopPortal.Infrastructure.Proofing;

/// <summary>
/// Asks the configured identity-check service (<see cref="ProofingOptions"/>) whether a mobile line is registered to a
/// national code. Any failure is <see cref="IdentityCheckOutcome.Unavailable"/>: the person may try again later.
/// </summary>
internal sealed class HttpIdentityCheck(HttpClient http, IOptionsMonitor<ProofingOptions> options, ILogger<HttpIdentityCheck> logger) : IIdentityCheck
{
    public async Task<IdentityCheckOutcome> CheckAsync(string nationalCode, string mobile, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        if (string.IsNullOrWhiteSpace(settings.IdentityCheckUrl))
        {
            logger.LogError("No identity check service is configured (Identity:Proofing:IdentityCheckUrl).");
            return IdentityCheckOutcome.Unavailable;
        }

        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, settings.IdentityCheckUrl)
            {
                Content = JsonContent.Create(new { nationalCode, mobile }),
            };
            if (!string.IsNullOrEmpty(settings.IdentityCheckApiKey))
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.IdentityCheckApiKey);
            }

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(Math.Max(1, settings.TimeoutSeconds)));
            using var response = await http.SendAsync(request, timeout.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                logger.LogWarning("The identity check answered {Status}.", (int)response.StatusCode);
                return IdentityCheckOutcome.Unavailable;
            }

            var answer = await response.Content.ReadFromJsonAsync<Answer>(timeout.Token).ConfigureAwait(false);
            return answer?.Match switch
            {
                true => IdentityCheckOutcome.Match,
                false => IdentityCheckOutcome.Mismatch,
                null => IdentityCheckOutcome.Unavailable,
            };
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
        {
            logger.LogWarning(ex, "The identity check could not be reached.");
            return IdentityCheckOutcome.Unavailable;
        }
    }

    private sealed record Answer(bool? Match);
}
