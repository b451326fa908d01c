using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Domain.Administration;
using CoopPortal.Domain.Certificates;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Formation;
using CoopPortal.Domain.Notifications;
using CoopPortal.Domain.ReferenceData;
using CoopPortal.Domain.Registry;
using CoopPortal.Domain.Statistics;
using CoopPortal.Domain.Supervision;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Infrastructure.Persistence;

/// <summary>The portal's database: Identity tables, reference data, and (later) applications and cooperatives.</summary>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options)
    : IdentityDbContext<ApplicationUser>(options), IAppDbContext, IDataProtectionKeyContext
{
    public IQueryable<T> InOneStatement<T>(IQueryable<T> query)
        where T : class => query.AsSingleQuery();

    public DbSet<Province> Provinces => Set<Province>();

    public DbSet<County> Counties => Set<County>();

    public DbSet<ActivityType> ActivityTypes => Set<ActivityType>();

    public DbSet<MembershipType> MembershipTypes => Set<MembershipType>();

    public DbSet<Orientation> Orientations => Set<Orientation>();

    public DbSet<DocumentType> DocumentTypes => Set<DocumentType>();

    public DbSet<FormationApplication> FormationApplications => Set<FormationApplication>();

    public DbSet<ApplicationVersion> ApplicationVersions => Set<ApplicationVersion>();

    public DbSet<Cooperative> Cooperatives => Set<Cooperative>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<FormationCertificate> FormationCertificates => Set<FormationCertificate>();

    public DbSet<VerificationCheck> VerificationChecks => Set<VerificationCheck>();

    public DbSet<FoundingAssembly> FoundingAssemblies => Set<FoundingAssembly>();

    public DbSet<SelfDeclaration> SelfDeclarations => Set<SelfDeclaration>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<RuleSetting> RuleSettings => Set<RuleSetting>();

    public DbSet<Domain.Statistics.ApplicationStatusCount> ApplicationStatusCounts => Set<Domain.Statistics.ApplicationStatusCount>();

    public DbSet<Domain.Statistics.DurationBucket> DurationBuckets => Set<Domain.Statistics.DurationBucket>();

    public DbSet<Configurations.StoredFile> StoredFiles => Set<Configurations.StoredFile>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Ignore<Domain.Common.CaseEvent>();
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }
}
