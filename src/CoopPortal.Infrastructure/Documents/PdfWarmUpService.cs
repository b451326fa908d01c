using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CoopPortal.Infrastructure.Documents;

/// <summary>Launches the PDF engine's browser in the background once the portal is up (start-up never waits for it).</summary>
internal sealed partial class PdfWarmUpService(ChromiumPdfRenderer renderer, Microsoft.Extensions.Options.IOptions<PdfOptions> options, ILogger<PdfWarmUpService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.WarmUpOnStart)
        {
            return;
        }

        await Task.Yield();
        try
        {
            await renderer.WarmUpAsync(stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogNotReady(logger, ex.Message); // documents retry the launch when they are printed
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "PDF engine not ready: {Reason}. Documents will fail until this is fixed.")]
    private static partial void LogNotReady(ILogger logger, string reason);
}
