using System.Threading.Channels;
using CoopPortal.Application.Certificates.Common;
using CoopPortal.Domain.Certificates;

namespace CoopPortal.Infrastructure.Documents;

/// <summary>Verifiable documents waiting to be printed, handed from the step that issued them to the background printer.</summary>
internal sealed class DocumentPrintRequests : IDocumentPrintRequests
{
    private readonly Channel<(VerifiableDocumentKind Kind, Guid Id)> _channel =
        Channel.CreateUnbounded<(VerifiableDocumentKind Kind, Guid Id)>(new UnboundedChannelOptions { SingleReader = true });

    public ChannelReader<(VerifiableDocumentKind Kind, Guid Id)> Reader => _channel.Reader;

    public void Enqueue(VerifiableDocumentKind kind, Guid documentId) => _channel.Writer.TryWrite((kind, documentId));
}
