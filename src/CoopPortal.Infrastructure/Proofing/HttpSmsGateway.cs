using System.Net.Http.Headers;
using System.Net.Http.Json;
using CoopPortal.Application.Common.Proofing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoopPortal.Infrastructure.Proofing;

/// <summary>Posts each message to the configured SMS provider (<see cref="SmsOptions"/>); failures are logged, never thrown.</summary>
internal sealed class HttpSmsGateway(HttpClient http, IOptionsMonitor<SmsOptions> options, ILogger<HttpSmsGateway> logger) : ISmsGateway
{
    public async Task<bool> SendAsync(string mobile, string text, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        if (string.IsNullOrWhiteSpace(settings.Url))
        {
            logger.LogError("No SMS gateway is configured (Sms:Url); a message to {Mobile} was not sent.", Mask(mobile));
            return false;
        }

        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, settings.Url)
            {
                Content = JsonContent.Create(new { from = settings.Sender, to = mobile, text }),
            };
            if (!string.IsNullOrEmpty(settings.ApiKey))
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.ApiKey);
            }

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(Math.Max(1, settings.TimeoutSeconds)));
            using var response = await http.SendAsync(request, timeout.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                logger.LogWarning("The SMS gateway answered {Status} for a message to {Mobile}.", (int)response.StatusCode, Mask(mobile));
            }

            return response.IsSuccessStatusCode;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            logger.LogWarning(ex, "The SMS gateway could not be reached for a message to {Mobile}.", Mask(mobile));
            return false;
        }
    }

    private static string Mask(string mobile) => mobile.Length > 4 ? new string('*', mobile.Length - 4) + mobile[^4..] : mobile;
}
