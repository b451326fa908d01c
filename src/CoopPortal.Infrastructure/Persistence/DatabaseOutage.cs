using System.Net.Sockets;
using Npgsql;

namespace CoopPortal.Infrastructure.Persistence;

/// <summary>
/// Tells a failure of the database's availability (the server stopped, restarting, unreachable, a connection cut) from
/// every other failure: the first passes and a change can be tried again (the editor pages keep it and retry, the
/// error boundary says so); the others are bugs or refusals (a value over a column's length is not an outage).
/// </summary>
public static class DatabaseOutage
{
    public static bool Is(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException postgres:
                    // A server error is an outage only when it says the server is going or not there yet
                    // (57P01 admin shutdown, 57P03 cannot connect now, 08xxx connection errors, 53xxx no resources).
                    return postgres.IsTransient;
                case NpgsqlException npgsql when npgsql.IsTransient:
                case SocketException:
                case TimeoutException:
                    return true;
            }
        }

        return false;
    }
}
