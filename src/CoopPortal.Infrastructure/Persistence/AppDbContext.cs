using CoopPortal.Application.Common.Events;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Domain.Administration;
using CoopPortal.Domain.Certificates;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Formation;
using CoopPortal.Domain.Notifications;
using CoopPortal.Domain.ReferenceData;
using CoopPortal.Domain.Registry;
using CoopPortal.Domain.Supervision;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CoopPortal.Infrastructure.Persistence;

/// <summary>
/// The portal's database: Identity tables, reference data, cases and the registry. A save hands the domain events the
/// saved aggregates raised to their handlers first, in the same transaction (ADR 14).
/// </summary>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options)
    : IdentityDbContext<ApplicationUser>(options), IAppDbContext, IDataProtectionKeyContext
{
    private readonly List<Action> _afterCommit = [];

    /// <summary>Where a read-only context reads from (set by <see cref="ReadReplica.ReadOnlyDbContextFactory"/>); null for the primary's contexts.</summary>
    internal ReadSource? ReadFrom { get; init; }

    public IQueryable<T> InOneStatement<T>(IQueryable<T> query)
        where T : class => query.AsSingleQuery();

    public DbSet<Province> Provinces => Set<Province>();

    public DbSet<County> Counties => Set<County>();

    public DbSet<ProvinceOffice> ProvinceOffices => Set<ProvinceOffice>();

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

    public DbSet<Domain.Assemblies.GeneralAssembly> GeneralAssemblies => Set<Domain.Assemblies.GeneralAssembly>();

    public DbSet<Domain.Assemblies.Candidacy> Candidacies => Set<Domain.Assemblies.Candidacy>();

    public DbSet<Domain.Assemblies.RegistryChangeNotice> RegistryChangeNotices => Set<Domain.Assemblies.RegistryChangeNotice>();

    public DbSet<CooperativeMember> CooperativeMembers => Set<CooperativeMember>();

    public DbSet<MembershipCertificate> MembershipCertificates => Set<MembershipCertificate>();

    public DbSet<Domain.Inspection.InspectorReport> InspectorReports => Set<Domain.Inspection.InspectorReport>();

    public DbSet<Domain.Dormancy.DormancyCase> DormancyCases => Set<Domain.Dormancy.DormancyCase>();

    public DbSet<Domain.Dormancy.DormancyNotice> DormancyNotices => Set<Domain.Dormancy.DormancyNotice>();

    public DbSet<Domain.Festival.FestivalCase> Festivals => Set<Domain.Festival.FestivalCase>();

    public DbSet<Domain.Festival.AppreciationCertificate> AppreciationCertificates => Set<Domain.Festival.AppreciationCertificate>();

    public DbSet<Domain.Liquidation.LiquidationCase> Liquidations => Set<Domain.Liquidation.LiquidationCase>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<RuleSetting> RuleSettings => Set<RuleSetting>();

    public DbSet<Domain.Users.OneTimeCode> OneTimeCodes => Set<Domain.Users.OneTimeCode>();

    public DbSet<Domain.Statistics.ApplicationStatusCount> ApplicationStatusCounts => Set<Domain.Statistics.ApplicationStatusCount>();

    public DbSet<Domain.Statistics.DurationBucket> DurationBuckets => Set<Domain.Statistics.DurationBucket>();

    public DbSet<Configurations.StoredFile> StoredFiles => Set<Configurations.StoredFile>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public void AfterCommit(Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        _afterCommit.Add(action);
    }

    /// <summary>
    /// Saves as EF Core does, but first hands every domain event of the tracked aggregates to its handlers (which may
    /// add rows and raise more events), all in one transaction: the save's own when it has none, then runs the work
    /// the handlers asked to do after the commit. Without events it is a plain save.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var pending = TakeDomainEvents();
        var dispatcher = pending.Count > 0 ? Dispatcher : null;
        if (dispatcher is null)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var owned = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            while (pending.Count > 0)
            {
                foreach (var domainEvent in pending)
                {
                    await dispatcher.DispatchAsync(domainEvent, this, cancellationToken);
                }

                pending = TakeDomainEvents();
            }

            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (owned is null)
            {
                if (_afterCommit.Count > 0)
                {
                    throw new InvalidOperationException("Work after the commit needs a save that owns its transaction; the caller began one.");
                }

                return written;
            }

            await owned.CommitAsync(cancellationToken);
            var after = _afterCommit.ToList();
            _afterCommit.Clear();
            after.ForEach(action => action());
            return written;
        }
        finally
        {
            _afterCommit.Clear();
            if (owned is not null)
            {
                await owned.DisposeAsync();
            }
        }
    }

    /// <summary>The application's dispatcher (none for the design-time context of the migrations tool).</summary>
    private DomainEventDispatcher? Dispatcher =>
        this.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?.GetService<DomainEventDispatcher>();

    private List<IDomainEvent> TakeDomainEvents() =>
        ChangeTracker.Entries().Select(e => e.Entity).OfType<IHasDomainEvents>().SelectMany(a => a.TakeDomainEvents()).OrderBy(e => e.AtUtc).ToList();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // The histories' shared base is not an entity of its own: each case's history is its own table.
        builder.Ignore<CaseEvent<ApplicationStatus, WorkflowAction>>();
        builder.Ignore<CaseEvent<AssemblyStatus, AssemblyAction>>();
        builder.Ignore<CaseEvent<DeclarationStatus, DeclarationAction>>();
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }
}
