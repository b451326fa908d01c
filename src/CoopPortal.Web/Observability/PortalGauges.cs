using System.Diagnostics.Metrics;
using CoopPortal.Application.Common.Diagnostics;
using CoopPortal.Domain.Notifications;
using CoopPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Web.Observability;

/// <summary>
/// The portal's gauges, read when the metrics are collected: interactive circuits open in this process, and e-mails
/// waiting to be sent (notifications not sent yet that will still be tried). The e-mail count is one short query per
/// collection; while the database is unavailable the gauge reports nothing rather than a wrong zero.
/// </summary>
internal sealed partial class PortalGauges
{
    private readonly IDbContextFactory<AppDbContext> _factory;
    private readonly ILogger<PortalGauges> _logger;
    private long _circuits;

    public PortalGauges(IMeterFactory meterFactory, IDbContextFactory<AppDbContext> factory, ILogger<PortalGauges> logger)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        _factory = factory;
        _logger = logger;
        var meter = meterFactory.Create(PortalMetrics.MeterName);
        meter.CreateObservableUpDownCounter("coopportal.circuits.open", () => Interlocked.Read(ref _circuits), "{circuit}",
            "Interactive (Blazor Server) circuits open in this process.");
        meter.CreateObservableGauge("coopportal.emails.pending", PendingEmails, "{email}",
            "Notification e-mails not sent yet that will still be tried.");
    }

    public long OpenCircuits => Interlocked.Read(ref _circuits);

    public void CircuitOpened() => Interlocked.Increment(ref _circuits);

    public void CircuitClosed() => Interlocked.Decrement(ref _circuits);

    private IEnumerable<Measurement<int>> PendingEmails()
    {
        int pending;
        try
        {
            using var db = _factory.CreateDbContext();
            pending = db.Notifications.Count(n => n.EmailSentAtUtc == null && n.EmailAttempts < Notification.MaxEmailAttempts
                && db.Users.Any(u => u.Id == n.UserId && u.Email != null));
        }
        catch (Exception ex) when (DatabaseOutage.Is(ex))
        {
            LogUnavailable(_logger, ex.Message);
            return [];
        }

        return [new Measurement<int>(pending)];
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "E-mails pending not measured, the database is unavailable: {Reason}")]
    private static partial void LogUnavailable(ILogger logger, string reason);
}
