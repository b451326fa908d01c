using CoopPortal.Application.Accounts.Register;
using CoopPortal.Application.Offices.GetOfficeOverview;
using Microsoft.Extensions.DependencyInjection;

namespace CoopPortal.Application;

public static class DependencyInjection
{
    /// <summary>The use cases, one handler per feature folder.</summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddScoped<RegisterCitizenValidator>();
        services.AddScoped<RegisterCitizenHandler>();
        services.AddScoped<RegistrationFollowUp>();
        services.AddScoped<Accounts.Proofing.OneTimeCodeService>();
        services.AddScoped<Accounts.Proofing.ManagerAccountNotifier>();
        services.AddScoped<Accounts.Proofing.IdentityProofing>();
        services.AddScoped<Accounts.Proofing.VerifyMobileHandler>();
        services.AddScoped<Accounts.LoginSms.SmsLoginHandler>();
        services.AddScoped<Accounts.ManagerLinks.ManagerLinksHandler>();
        services.AddScoped<Accounts.ChangePassword.ChangePasswordHandler>();
        services.AddScoped<GetOfficeOverviewHandler>();
        services.AddScoped<Offices.WaitingWork.WaitingWorkQuery>();
        services.AddScoped<ReferenceData.ProvinceListQuery>();
        services.AddScoped<ReferenceData.ProvinceContactsQuery>();
        services.AddScoped<Common.Time.PortalClock>();
        services.AddScoped<Formation.Common.FormationContext>();
        services.AddScoped<ReferenceData.LookupsQuery>();
        services.AddScoped<Formation.StartApplication.StartApplicationHandler>();
        services.AddScoped<Formation.EditDraft.EditDraftHandler>();
        services.AddScoped<Accounts.AddMyself.AddMyselfHandler>();
        services.AddScoped<Formation.GetApplication.GetApplicationHandler>();
        services.AddScoped<Formation.GetMyApplications.GetMyApplicationsHandler>();
        services.AddScoped<Formation.Documents.UploadDocumentHandler>();
        services.AddScoped<Formation.Documents.DownloadDocumentHandler>();
        services.AddScoped<Formation.Documents.RemoveDocumentHandler>();
        services.AddScoped<Formation.Submit.SubmitApplicationHandler>();
        services.AddScoped<Formation.Versions.VersionChangesQuery>();
        services.AddScoped<Formation.Withdraw.WithdrawApplicationHandler>();
        services.AddScoped<Formation.NameCheck.NameClashQuery>();
        services.AddScoped<Review.Decide.ReviewDecisionHandler>();
        services.AddScoped<Review.Queue.ReviewQueueQuery>();
        services.AddScoped<Notifications.MyNotificationsHandler>();
        services.AddScoped<Review.Escalation.EscalateOverdueHandler>();
        services.AddScoped<Common.Documents.DocumentPrinter>();
        services.AddSingleton<Certificates.Issue.CertificateIssuer>();
        // Side effects of a case's steps: domain events handled in the step's own save (ADR 14).
        services.AddSingleton<Common.Events.DomainEventDispatcher>();
        services.AddSingleton<Common.Events.IDomainEventHandler<Domain.Formation.ApplicationStepTaken>, Notifications.NotifyOnApplicationStep>();
        services.AddSingleton<Common.Events.IDomainEventHandler<Domain.Formation.ApplicationStepTaken>, Certificates.Issue.IssueCertificateOnApproval>();
        services.AddSingleton<Common.Events.IDomainEventHandler<Domain.Formation.ApplicationEscalated>, Notifications.NotifyHeadsOnEscalation>();
        services.AddSingleton<Common.Events.IDomainEventHandler<Domain.Registry.AssemblyStepTaken>, Notifications.NotifyOnAssemblyStep>();
        services.AddSingleton<Common.Events.IDomainEventHandler<Domain.Supervision.DeclarationStepTaken>, Notifications.NotifyOnDeclarationStep>();
        services.AddScoped<Certificates.Print.CertificatePrinter>();
        services.AddScoped<Certificates.Download.DownloadCertificateHandler>();
        services.AddScoped<Certificates.Revoke.RevokeCertificateHandler>();
        services.AddScoped<Certificates.Verify.VerifyCertificateHandler>();
        services.AddScoped<Certificates.View.CertificateOfApplicationQuery>();
        services.AddScoped<Formation.Summary.ApplicationSummaryHandler>();
        services.AddScoped<Common.Files.UploadIntake>();
        services.AddScoped<Common.Files.CaseFiles>();
        services.AddScoped<Registry.Common.AssemblyContextBuilder>();
        services.AddScoped<Registry.StartAssembly.StartAssemblyHandler>();
        services.AddScoped<Registry.GetAssembly.GetAssemblyHandler>();
        services.AddScoped<Registry.GetAssembly.AssemblyOfApplicationQuery>();
        services.AddScoped<Registry.SaveAssembly.SaveAssemblyHandler>();
        services.AddScoped<Registry.SubmitAssembly.SubmitAssemblyHandler>();
        services.AddScoped<Registry.AssemblyFiles.UploadAssemblyFileHandler>();
        services.AddScoped<Registry.AssemblyFiles.RemoveAssemblyFileHandler>();
        services.AddScoped<Registry.AssemblyFiles.DownloadAssemblyFileHandler>();
        services.AddScoped<Registry.ReviewAssembly.AssemblyReviewHandler>();
        services.AddScoped<Registry.AssemblyQueue.AssemblyQueueQuery>();
        services.AddScoped<Assemblies.Common.GeneralAssemblyViews>();
        services.AddScoped<Assemblies.StartGeneralAssembly.StartGeneralAssemblyHandler>();
        services.AddScoped<Assemblies.GetGeneralAssembly.GetGeneralAssemblyHandler>();
        services.AddScoped<Assemblies.SaveNotice.SaveNoticeHandler>();
        services.AddScoped<Assemblies.AnnounceAssembly.AnnounceAssemblyHandler>();
        services.AddScoped<Assemblies.CancelAssembly.CancelAssemblyHandler>();
        services.AddScoped<Assemblies.DecideSupervision.SupervisionDecisionHandler>();
        services.AddScoped<Supervision.Cooperatives.CooperativeQueries>();
        services.AddScoped<Registry.Import.ImportCooperativesHandler>();
        services.AddScoped<Registry.Import.ImportHistoryQuery>();
        services.AddScoped<Supervision.StartDeclaration.StartDeclarationHandler>();
        services.AddScoped<Supervision.GetDeclaration.GetDeclarationHandler>();
        services.AddScoped<Supervision.SaveDeclarationSection.SaveDeclarationSectionHandler>();
        services.AddScoped<Supervision.SubmitDeclaration.SubmitDeclarationHandler>();
        services.AddScoped<Supervision.DeclarationFiles.UploadInspectorsReportHandler>();
        services.AddScoped<Supervision.DeclarationFiles.RemoveDeclarationFileHandler>();
        services.AddScoped<Supervision.DeclarationFiles.DownloadDeclarationFileHandler>();
        services.AddScoped<Supervision.ReviewDeclaration.DeclarationReviewHandler>();
        services.AddScoped<Supervision.DeclarationQueue.DeclarationQueueQuery>();
        services.AddScoped<Supervision.Compliance.ComplianceQuery>();
        services.AddScoped<Statistics.Dashboard.DashboardQuery>();
        services.AddScoped<Statistics.Dashboard.StatisticsReportQuery>();
        services.AddScoped<Statistics.Export.ExportStatisticsHandler>();
        services.AddScoped<Supervision.Documents.DeclarationDocumentsHandler>();
        services.AddScoped<Administration.Rules.RuleSettingsHandler>();
        services.AddScoped<Administration.ReferenceData.ReferenceDataHandler>();
        services.AddScoped<Administration.ReferenceData.ProvinceOfficesHandler>();
        return services;
    }
}
