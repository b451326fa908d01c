using CoopPortal.Domain.Certificates;
using CoopPortal.Infrastructure.Certificates;
using CoopPortal.Infrastructure.Persistence;
using CoopPortal.IntegrationTests.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CoopPortal.IntegrationTests.Certificates;

/// <summary>The public checks are stored in batches off the request path, and none is lost when the portal stops.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class VerificationLogTests(PortalDatabaseFixture fixture)
{
    [Fact]
    public async Task Checks_still_queued_when_the_portal_stops_are_stored_before_it_stops_in_batches()
    {
        var factory = fixture.Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>();
        var log = new VerificationLog();
        var writer = new VerificationLogWriter(log, factory, NullLogger<VerificationLogWriter>.Instance);
        var marker = "stop-" + Guid.NewGuid().ToString("N")[..12];
        var count = VerificationLogWriter.BatchSize * 2 + 7; // three batches
        for (var i = 0; i < count; i++)
        {
            await log.RecordAsync(new VerificationCheck(DateTime.UtcNow, $"{marker}-{i}", null, "127.0.0.1", "test"), default);
        }

        var flushed = log.FlushAsync();
        Assert.False(flushed.IsCompleted); // the writer never ran: nothing is stored yet

        await writer.StopAsync(default); // the portal stops

        await flushed;
        await using var db = await factory.CreateDbContextAsync();
        Assert.Equal(count, await db.VerificationChecks.CountAsync(c => c.Code.StartsWith(marker)));
    }

    [Fact]
    public async Task A_running_writer_stores_each_check_and_a_flush_waits_for_it()
    {
        var factory = fixture.Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>();
        var log = new VerificationLog();
        using var writer = new VerificationLogWriter(log, factory, NullLogger<VerificationLogWriter>.Instance);
        await writer.StartAsync(default);
        var code = "run-" + Guid.NewGuid().ToString("N")[..12];

        await log.RecordAsync(new VerificationCheck(DateTime.UtcNow, code, null, "127.0.0.1", "test"), default);
        await log.FlushAsync();

        await using (var db = await factory.CreateDbContextAsync())
        {
            Assert.Equal(1, await db.VerificationChecks.CountAsync(c => c.Code == code));
        }

        await writer.StopAsync(default);
    }
}
