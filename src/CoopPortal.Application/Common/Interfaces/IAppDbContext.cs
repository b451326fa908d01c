using CoopPortal.Domain.Administration;
using CoopPortal.Domain.Certificates;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Formation;
using CoopPortal.Domain.Notifications;
using CoopPortal.Domain.ReferenceData;
using CoopPortal.Domain.Registry;
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

    /// <summary>How to reach each province's office (address, telephone, hours; edited by an admin). Not every province has one.</summary>
    DbSet<ProvinceOffice> ProvinceOffices { get; }

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

    DbSet<Domain.Assemblies.GeneralAssembly> GeneralAssemblies { get; }

    DbSet<Domain.Assemblies.Candidacy> Candidacies { get; }

    DbSet<Domain.Assemblies.RegistryChangeNotice> RegistryChangeNotices { get; }

    /// <summary>The registry's members by national code (founding members, imported lists).</summary>
    DbSet<CooperativeMember> CooperativeMembers { get; }

    DbSet<MembershipCertificate> MembershipCertificates { get; }

    DbSet<Domain.Inspection.InspectorReport> InspectorReports { get; }

    DbSet<Domain.Dormancy.DormancyCase> DormancyCases { get; }

    DbSet<Domain.Dormancy.DormancyNotice> DormancyNotices { get; }

    DbSet<Domain.Festival.FestivalCase> Festivals { get; }

    DbSet<Domain.Festival.AppreciationCertificate> AppreciationCertificates { get; }

    /// <summary>Liquidations of dissolved cooperatives (issue 21, point 2).</summary>
    DbSet<Domain.Liquidation.LiquidationCase> Liquidations { get; }

    DbSet<AuditEntry> AuditEntries { get; }

    DbSet<RuleSetting> RuleSettings { get; }

    /// <summary>SMS one-time codes (hashed), for verifying a mobile and for signing in.</summary>
    DbSet<Domain.Users.OneTimeCode> OneTimeCodes { get; }

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

    /// <summary>
    /// Runs <paramref name="action"/> once the save now under way has committed (never when it fails). For domain-event
    /// handlers whose work must not run before the data is visible, such as handing a new certificate to the printer.
    /// </summary>
    void AfterCommit(Action action);
}
