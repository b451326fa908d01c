namespace CoopPortal.Application.Certificates.Common;

/// <summary>Asks for an issued certificate to be printed soon, off the request that issued it.</summary>
public interface ICertificatePrintRequests
{
    void Enqueue(Guid certificateId);
}
