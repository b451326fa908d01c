namespace CoopPortal.Application.Common.Proofing;

/// <summary>
/// Asks the national service for mobile lines (شاهکار) whether a mobile is registered to a national code.
/// Infrastructure: a configurable HTTP adapter, or a local fake in Development and tests.
/// </summary>
public interface IIdentityCheck
{
    Task<IdentityCheckOutcome> CheckAsync(string nationalCode, string mobile, CancellationToken cancellationToken);
}
