using CoopPortal.Domain.Certificates;

namespace CoopPortal.Application.Certificates.Common;

/// <summary>
/// Prints the documents of one <see cref="VerifiableDocumentKind"/> once and stores them; the background printer finds
/// the one for each kind among these (one per kind, registered in DI).
/// </summary>
public interface IVerifiableDocumentPrinter
{
    VerifiableDocumentKind Kind { get; }

    /// <summary>The stored PDF, printing it first if it has not been printed yet; null when there is no such document.</summary>
    Task<StoredDocumentPdf?> EnsurePrintedAsync(Guid documentId, CancellationToken cancellationToken);

    /// <summary>The documents issued but not printed yet (after a crash or a failed print), oldest first.</summary>
    Task<IReadOnlyList<Guid>> UnprintedAsync(CancellationToken cancellationToken);
}
