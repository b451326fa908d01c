using CoopPortal.Domain.Administration;
using CoopPortal.Domain.Certificates;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Formation;
using CoopPortal.Domain.Notifications;
using CoopPortal.Domain.ReferenceData;
using CoopPortal.Domain.Registry;
using CoopPortal.Domain.Statistics;
using CoopPortal.Domain.Supervision;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace CoopPortal.Application.Common.Interfaces;

/// <summary>
/// The data the use cases read and write. Implemented by the EF Core context in Infrastructure. A use case opens one
/// per operation through <see cref="IAppDbContextFactory"/> and disposes it: in Blazor Server a scope lives as long as
/// the browser tab, so a scoped context would be shared by concurrent components and grow stale.
/// </summary>
public interface IAppDbContext : IAsyncDisposable
{
    DbSet<Province> Provinces { get; }

    DbSet<County> Counties { get; }

    DbSet<ActivityType> ActivityTypes { get; }

    DbSet<MembershipType> MembershipTypes { get; }

    DbSet<Orientation> Orientations { get; }

    /// <summary>How each document kind is titled and explained to applicants (editable by an admin).</summary>
    DbSet<DocumentType> DocumentTypes { get; }

    DbSet<FormationApplication> FormationApplications { get; }

    DbSet<ApplicationVersion> ApplicationVersions { get; }

    DbSet<Cooperative> Cooperatives { get; }

    DbSet<Notification> Notifications { get; }

    DbSet<FormationCertificate> FormationCertificates { get; }

    DbSet<VerificationCheck> VerificationChecks { get; }

    DbSet<FoundingAssembly> FoundingAssemblies { get; }

    DbSet<SelfDeclaration> SelfDeclarations { get; }

    DbSet<AuditEntry> AuditEntries { get; }

    DbSet<RuleSetting> RuleSettings { get; }

    /// <summary>Applications per province and status, kept by the database (read only).</summary>
    DbSet<Domain.Statistics.ApplicationStatusCount> ApplicationStatusCounts { get; }

    /// <summary>Histograms of workflow durations, kept by the database (read only).</summary>
    DbSet<Domain.Statistics.DurationBucket> DurationBuckets { get; }

    /// <summary>Transactions, for a use case whose several steps must commit together (e.g. a certificate number).</summary>
    DatabaseFacade Database { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The query with its included collections read in one statement rather than one per collection (the portal's
    /// default): for an aggregate whose included collections are a handful of rows each.
    /// </summary>
    IQueryable<T> InOneStatement<T>(IQueryable<T> query)
        where T : class;
}

/// <summary>Opens a unit of work: a fresh context for one use-case call.</summary>
public interface IAppDbContextFactory
{
    Task<IAppDbContext> CreateAsync(CancellationToken cancellationToken);

    /// <summary>
    /// A context for reading reports: one read-only transaction, so its aggregates see one moment, planned without
    /// parallel workers (on a small machine starting them costs more than the index scans they would share; bench/README.md).
    /// </summary>
    Task<IAppDbContext> CreateForReportsAsync(CancellationToken cancellationToken) => CreateAsync(cancellationToken);
}

/// <summary>
/// Gapless sequence numbers per kind, province and year (certificate numbers, registration numbers), given inside the
/// caller's transaction: a rolled-back change gives its number back.
/// </summary>
public interface ISequenceNumbering
{
    Task<int> NextAsync(IAppDbContext db, string kind, int provinceId, int year, CancellationToken cancellationToken);
}

/// <summary>The kinds of numbered sequences.</summary>
public static class SequenceKinds
{
    public const string Certificate = nameof(Certificate);
    public const string Registration = nameof(Registration);
}
