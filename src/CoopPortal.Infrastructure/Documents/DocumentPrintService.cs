using CoopPortal.Application.Certificates.Common;
using CoopPortal.Domain.Certificates;
using CoopPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CoopPortal.Infrastructure.Documents;

/// <summary>
/// Prints issued verifiable documents (certificates, registry-change notices) in the background, so the step that issued
/// them does not wait for Chromium. At start it also prints any document left unprinted (a crash, Chromium missing for
/// a while): one instance at a time, holding an advisory lock until it has printed them, so instances starting together
/// do not print one document twice (ADR 16). A failure is logged and retried on the next start or at the first
/// download, which prints on demand.
/// </summary>
internal sealed partial class DocumentPrintService(
    DocumentPrintRequests requests, IServiceScopeFactory scopes, IDbContextFactory<AppDbContext> dbFactory,
    ILogger<DocumentPrintService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            await PrintLeftOversAsync(stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(logger, default, Guid.Empty, ex.Message);
        }

        await foreach (var (kind, id) in requests.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await PrinterOf(scope.ServiceProvider, kind).EnsurePrintedAsync(id, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // Never let one document stop the printer (or the host): it is printed later, at the latest on download.
                LogFailed(logger, kind, id, ex.Message);
            }
        }
    }

    private static IVerifiableDocumentPrinter PrinterOf(IServiceProvider services, VerifiableDocumentKind kind) =>
        services.GetServices<IVerifiableDocumentPrinter>().Single(p => p.Kind == kind);

    private async Task PrintLeftOversAsync(CancellationToken cancellationToken)
    {
        string connectionString;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            connectionString = db.Database.GetConnectionString()!;
        }

        // Another instance holding the lock is printing the left-overs; those it misses are printed at their download.
        await using var sweep = await PostgresAdvisoryLock.TryAcquireAsync(connectionString, PostgresAdvisoryLock.CertificateSweepKey, cancellationToken);
        if (sweep is null)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        foreach (var printer in scope.ServiceProvider.GetServices<IVerifiableDocumentPrinter>())
        {
            foreach (var id in await printer.UnprintedAsync(cancellationToken))
            {
                try
                {
                    await printer.EnsurePrintedAsync(id, cancellationToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    LogFailed(logger, printer.Kind, id, ex.Message);
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Kind} {DocumentId} was not printed now ({Reason}); it is printed at its first download or the next start")]
    private static partial void LogFailed(ILogger logger, VerifiableDocumentKind kind, Guid documentId, string reason);
}
