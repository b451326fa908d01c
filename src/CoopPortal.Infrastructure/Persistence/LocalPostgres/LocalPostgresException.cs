namespace CoopPortal.Infrastructure.Persistence.LocalPostgres;

/// <summary>The private cluster could not be set up or started. The message says what to do.</summary>
public sealed class LocalPostgresException : Exception
{
    public LocalPostgresException()
    {
    }

    public LocalPostgresException(string message)
        : base(message)
    {
    }

    public LocalPostgresException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
