using CoopPortal.Domain.Administration;

namespace CoopPortal.Application.Registry.Import;

/// <summary>
/// Where a member list is written while it is read (Infrastructure: PostgreSQL binary COPY into a temporary table of
/// one transaction). Nothing reaches <c>cooperative_members</c> before <see cref="IMemberImportBatch.CommitAsync"/>;
/// disposing a batch that was not committed rolls everything back.
/// </summary>
public interface IMemberImportStaging
{
    Task<IMemberImportBatch> StartAsync(CancellationToken cancellationToken);
}

/// <summary>One import's rows on their way in.</summary>
public interface IMemberImportBatch : IAsyncDisposable
{
    ValueTask WriteAsync(Guid cooperativeId, string nationalCode, string fullName, long shares, DateOnly? joinedOn, CancellationToken cancellationToken);

    /// <summary>
    /// Merges the rows into the registry's members with one INSERT ... ON CONFLICT (new members added; the name, shares and
    /// a given joining day of existing ones updated, and they are members again), adds the audit line, commits.
    /// </summary>
    Task<MemberMergeCounts> CommitAsync(AuditEntry audit, DateTime nowUtc, CancellationToken cancellationToken);
}

/// <summary>How many rows the merge added and how many it updated.</summary>
public sealed record MemberMergeCounts(int Added, int Updated);
