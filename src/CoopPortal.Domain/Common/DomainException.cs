namespace CoopPortal.Domain.Common;

/// <summary>A state change the rules do not allow. The message is Persian and can be shown as it is.</summary>
public sealed class DomainException : Exception
{
    public DomainException()
    {
    }

    public DomainException(string message)
        : base(message)
    {
    }

    public DomainException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
