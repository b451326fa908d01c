using CoopPortal.Application;
using CoopPortal.Application.Common.Files;
using CoopPortal.Application.Formation.Common;
using CoopPortal.Domain.Formation;
using CoopPortal.Infrastructure.Administration;
using CoopPortal.Infrastructure.DataProtection;
using CoopPortal.Infrastructure.Documents;
using CoopPortal.Infrastructure.Formation;
using CoopPortal.Infrastructure.Identity;
using CoopPortal.Infrastructure.Persistence;
using CoopPortal.Infrastructure.Persistence.LocalPostgres;
using CoopPortal.Infrastructure.Persistence.ReadReplica;
using CoopPortal.Infrastructure.Proofing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoopPortal.Infrastructure;

public static class DependencyInjection
{
    public const string ConnectionStringName = "Default";

    /// <summary>
    /// Stops the private cluster <see cref="AddInfrastructure"/> started or adopted, if it did (a configured connection
    /// string starts nothing). For every way out of the portal's process, failures included; safe to call again.
    /// </summary>
    public static void StopEmbeddedPostgres(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        foreach (var descriptor in builder.Services.Where(d => d.ServiceType == typeof(LocalPostgresCluster)))
        {
            (descriptor.ImplementationInstance as LocalPostgresCluster)?.Stop();
        }
    }

    /// <summary>
    /// Database, Identity stores and infrastructure services. With no ConnectionStrings:Default, starts (or reuses)
    /// the private PostgreSQL cluster first and uses it; a configured connection string always wins.
    /// </summary>
    public static IHostApplicationBuilder AddInfrastructure(this IHostApplicationBuilder builder, ILoggerFactory? startupLoggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var connectionString = builder.Configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            var options = builder.Configuration.GetSection(LocalPostgresOptions.SectionName).Get<LocalPostgresOptions>() ?? new LocalPostgresOptions();
            using var loggerFactory = startupLoggerFactory is null ? LoggerFactory.Create(b => b.AddSimpleConsole()) : null;
            var logger = (startupLoggerFactory ?? loggerFactory!).CreateLogger<LocalPostgresCluster>();
            var cluster = LocalPostgresCluster.Start(options, builder.Environment.ContentRootPath, logger);
            connectionString = cluster.ConnectionString;
            builder.Configuration[$"ConnectionStrings:{ConnectionStringName}"] = connectionString;
            builder.Services.AddSingleton(cluster);
            builder.Services.AddHostedService<LocalPostgresLifetime>();
        }

        // The factory serves short-lived contexts (Blazor circuits); the context itself is also registered as scoped
        // for Identity's stores and request-scoped use cases.
        builder.Services.AddSingleton<BrokenConnectionInterceptor>();
        builder.Services.AddDbContextFactory<AppDbContext>((services, options) => options
            .UseNpgsql(connectionString, npgsql =>
            {
                npgsql.MigrationsAssembly("CoopPortal.Migrations");
                npgsql.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery);
            })
            .AddInterceptors(services.GetRequiredService<BrokenConnectionInterceptor>()));
        builder.Services.AddSingleton<Application.Common.Interfaces.IAppDbContextFactory, AppDbContextFactory>();
        builder.Services.AddReadReplica(builder.Configuration, connectionString);

        builder.Services.AddMemoryCache(options => options.SizeLimit = 100_000);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddPortalIdentity();
        builder.Services.AddOptions<SecurityOptions>().Bind(builder.Configuration.GetSection(SecurityOptions.SectionName));
        // Who a use case runs for, from the request's or circuit's authentication state (Web registers that provider).
        builder.Services.AddScoped<Application.Common.Security.ICurrentUserService, CurrentUserService>();
        builder.Services.AddEncryptedDataProtection(builder.Configuration, builder.Environment);
        builder.Services.AddSingleton<CurrentUserReader>();
        builder.Services.AddIdentityProofing(builder.Configuration, builder.Environment);
        builder.Services.AddHealthChecks().AddDbContextCheck<AppDbContext>("postgresql");
        builder.Services.AddOptions<FormationRules>().Bind(builder.Configuration.GetSection(FormationRules.SectionName)).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<FormationRules>, FormationRulesValidation>();
        builder.Services.AddOptions<UploadOptions>().Bind(builder.Configuration.GetSection(UploadOptions.SectionName));
        builder.Services.AddSingleton<IFormationRulesProvider, ConfigurationFormationRulesProvider>();
        builder.Services.AddSingleton<IDocumentStore, PostgresDocumentStore>();
        builder.Services.AddOptions<Application.Review.Escalation.ReviewOptions>().Bind(builder.Configuration.GetSection(Application.Review.Escalation.ReviewOptions.SectionName));
        builder.Services.AddHostedService<EscalationService>();
        builder.Services.AddOptions<Notifications.SmtpOptions>().Bind(builder.Configuration.GetSection(Notifications.SmtpOptions.SectionName));
        builder.Services.AddSingleton<Notifications.EmailDispatcher>();
        builder.Services.AddHostedService<Notifications.EmailDispatchService>();
        builder.Services.AddOptions<PdfOptions>().Bind(builder.Configuration.GetSection(PdfOptions.SectionName));
        builder.Services.AddOptions<Application.Certificates.Common.PortalOptions>().Bind(builder.Configuration.GetSection(Application.Certificates.Common.PortalOptions.SectionName));
        builder.Services.AddSingleton<ChromiumPdfRenderer>();
        builder.Services.AddSingleton<Application.Common.Documents.IPdfRenderer>(sp => sp.GetRequiredService<ChromiumPdfRenderer>());
        builder.Services.AddHostedService<PdfWarmUpService>();
        builder.Services.AddSingleton<DocumentPrintRequests>();
        builder.Services.AddSingleton<Application.Certificates.Common.IDocumentPrintRequests>(sp => sp.GetRequiredService<DocumentPrintRequests>());
        builder.Services.AddHostedService<DocumentPrintService>();
        builder.Services.AddSingleton<Certificates.VerificationLog>();
        builder.Services.AddSingleton<Application.Certificates.Verify.IVerificationLog>(sp => sp.GetRequiredService<Certificates.VerificationLog>());
        builder.Services.AddHostedService<Certificates.VerificationLogWriter>();
        builder.Services.AddSingleton<Accounts.RegistrationFollowUpRequests>();
        builder.Services.AddSingleton<Application.Accounts.Register.IRegistrationFollowUps>(sp => sp.GetRequiredService<Accounts.RegistrationFollowUpRequests>());
        builder.Services.AddHostedService<Accounts.RegistrationFollowUpService>();
        builder.Services.AddSingleton<Application.Common.Interfaces.ISequenceNumbering, SequenceNumbering>();
        builder.Services.AddSingleton<Application.Registry.Import.IMemberImportStaging, Registry.MemberImportStaging>();
        builder.Services.AddSingleton<Application.Common.Spreadsheets.ISpreadsheetWriter, Spreadsheets.OpenXmlSpreadsheetWriter>();
        builder.Services.AddOptions<Domain.Registry.RegistryRules>().Bind(builder.Configuration.GetSection(Domain.Registry.RegistryRules.SectionName));
        builder.Services.AddOptions<Domain.Festival.FestivalWeights>().Bind(builder.Configuration.GetSection(Domain.Festival.FestivalWeights.SectionName));
        builder.Services.AddOptions<Domain.Assemblies.AssemblyRules>().Bind(builder.Configuration.GetSection(Domain.Assemblies.AssemblyRules.SectionName));
        builder.Services.AddOptions<Domain.Liquidation.LiquidationRules>().Bind(builder.Configuration.GetSection(Domain.Liquidation.LiquidationRules.SectionName));
        builder.Services.AddOptions<Application.Common.Security.OfficeRules>().Bind(builder.Configuration.GetSection(Application.Common.Security.OfficeRules.SectionName));
        builder.Services.AddSingleton<Application.Assemblies.Common.IAssemblyRulesProvider, Assemblies.ConfigurationAssemblyRulesProvider>();
        builder.Services.AddOptions<Application.Dormancy.Common.DormancyOptions>().Bind(builder.Configuration.GetSection(Application.Dormancy.Common.DormancyOptions.SectionName));
        builder.Services.AddOptions<Application.Supervision.Common.SupervisionOptions>().Bind(builder.Configuration.GetSection(Application.Supervision.Common.SupervisionOptions.SectionName));
        builder.Services.AddSingleton<Application.Supervision.Compliance.IComplianceReader, Supervision.ComplianceReader>();
        builder.Services.AddRuleSettings();
        builder.Services.AddApplication();
        return builder;
    }
}
