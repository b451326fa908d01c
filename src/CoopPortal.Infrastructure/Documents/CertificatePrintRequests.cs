using System.Threading.Channels;
using CoopPortal.Application.Certificates.Common;

namespace CoopPortal.Infrastructure.Documents;

/// <summary>Certificates waiting to be printed, handed from the approval to the background printer.</summary>
internal sealed class CertificatePrintRequests : ICertificatePrintRequests
{
    private readonly Channel<Guid> _channel = Channel.CreateUnbounded<Guid>(new UnboundedChannelOptions { SingleReader = true });

    public ChannelReader<Guid> Reader => _channel.Reader;

    public void Enqueue(Guid certificateId) => _channel.Writer.TryWrite(certificateId);
}
