using CoopPortal.Domain.Certificates;

namespace CoopPortal.Application.Certificates.Common;

/// <summary>Asks for an issued verifiable document (a certificate, a registry-change notice) to be printed soon, off the request that issued it.</summary>
public interface IDocumentPrintRequests
{
    void Enqueue(VerifiableDocumentKind kind, Guid documentId);
}
