using CoopPortal.Domain.Certificates;

namespace CoopPortal.Application.Certificates.Verify;

/// <summary>
/// Where every public check is kept. The check is stored shortly after the answer, in batches off the request path;
/// <see cref="RecordAsync"/> only waits when the queue of unsaved checks is full.
/// </summary>
public interface IVerificationLog
{
    ValueTask RecordAsync(VerificationCheck check, CancellationToken cancellationToken);
}
