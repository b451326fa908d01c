using CoopPortal.Application.Accounts.Register;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CoopPortal.Infrastructure.Accounts;

/// <summary>
/// Runs what follows each registration in the background, one after another (<see cref="RegistrationFollowUp"/>), so the
/// registration's answer does not wait for the identity check or the SMS gateway. A failure is logged and does not stop
/// the queue or the host.
/// </summary>
internal sealed partial class RegistrationFollowUpService(
    RegistrationFollowUpRequests requests, IServiceScopeFactory scopes, ILogger<RegistrationFollowUpService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var (citizen, created) in requests.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var followUp = scope.ServiceProvider.GetRequiredService<RegistrationFollowUp>();
                await (created ? followUp.CreatedAsync(citizen, stoppingToken) : followUp.DuplicateAsync(citizen, stoppingToken));
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                LogFailed(logger, ex.Message);
            }
            finally
            {
                requests.Done();
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "What follows a registration (office notice, identity check or SMS) failed: {Reason}")]
    private static partial void LogFailed(ILogger logger, string reason);
}
