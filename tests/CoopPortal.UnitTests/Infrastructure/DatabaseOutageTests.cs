using System.Net.Sockets;
using CoopPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CoopPortal.UnitTests.Infrastructure;

/// <summary>What the editor pages retry (the database not there) and what they must not (a refusal or a bug).</summary>
public sealed class DatabaseOutageTests
{
    private static NpgsqlException Refused() => new("Failed to connect", new SocketException((int)SocketError.ConnectionRefused));

    public static TheoryData<Exception> Outages() => new()
    {
        Refused(),
        new DbUpdateException("An error occurred while saving the entity changes.", Refused()),
        new InvalidOperationException("An exception has been raised that is likely due to a transient failure.", Refused()),
        new TimeoutException("The operation has timed out."),
        new PostgresException("terminating connection due to administrator command", "FATAL", "FATAL", PostgresErrorCodes.AdminShutdown),
        new PostgresException("the database system is starting up", "FATAL", "FATAL", PostgresErrorCodes.CannotConnectNow),
    };

    public static TheoryData<Exception> NotOutages() => new()
    {
        new PostgresException("value too long for type character varying(100)", "ERROR", "ERROR", PostgresErrorCodes.StringDataRightTruncation),
        new DbUpdateException("An error occurred while saving the entity changes.",
            new PostgresException("duplicate key value violates unique constraint", "ERROR", "ERROR", PostgresErrorCodes.UniqueViolation)),
        new InvalidOperationException("Sequence contains no elements."),
        new ArgumentException("The national code is not valid."),
    };

    [Theory]
    [MemberData(nameof(Outages))]
    public void The_database_not_being_there_is_an_outage(Exception exception) => Assert.True(DatabaseOutage.Is(exception));

    [Theory]
    [MemberData(nameof(NotOutages))]
    public void A_refusal_or_a_bug_is_not(Exception exception) => Assert.False(DatabaseOutage.Is(exception));
}
