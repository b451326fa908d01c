using CoopPortal.Application.Certificates.Print;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CoopPortal.Infrastructure.Documents;

/// <summary>
/// Prints issued certificates in the background, so the head's approval does not wait for Chromium. At start it also
/// prints any certificate left unprinted (a crash, Chromium missing for a while). A failure is logged and retried on the
/// next start or at the first download, which prints on demand.
/// </summary>
internal sealed partial class CertificatePrintService(
    CertificatePrintRequests requests, IServiceScopeFactory scopes, ILogger<CertificatePrintService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            await using (var scope = scopes.CreateAsyncScope())
            {
                foreach (var id in await scope.ServiceProvider.GetRequiredService<CertificatePrinter>().UnprintedAsync(stoppingToken))
                {
                    requests.Enqueue(id);
                }
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(logger, Guid.Empty, ex.Message);
        }

        await foreach (var id in requests.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<CertificatePrinter>().EnsurePrintedAsync(id, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // Never let one certificate stop the printer (or the host): it is printed later, at the latest on download.
                LogFailed(logger, id, ex.Message);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Certificate {CertificateId} was not printed now ({Reason}); it is printed at its first download or the next start")]
    private static partial void LogFailed(ILogger logger, Guid certificateId, string reason);
}
