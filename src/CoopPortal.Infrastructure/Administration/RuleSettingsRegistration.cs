using CoopPortal.Application.Administration.Rules;
using CoopPortal.Application.Review.Escalation;
using CoopPortal.Application.Supervision.Common;
using CoopPortal.Domain.Formation;
using CoopPortal.Domain.Registry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CoopPortal.Infrastructure.Administration;

internal static class RuleSettingsRegistration
{
    public static IServiceCollection AddRuleSettings(this IServiceCollection services)
    {
        services.AddSingleton<RuleSettingsCache>();
        services.AddSingleton<IRuleSettingsRuntime>(sp => sp.GetRequiredService<RuleSettingsCache>());
        services.AddSingleton<IPostConfigureOptions<FormationRules>>(sp => new RuleSettingsOverlay<FormationRules>(sp.GetRequiredService<RuleSettingsCache>(), FormationRules.SectionName));
        services.AddSingleton<IPostConfigureOptions<ReviewOptions>>(sp => new RuleSettingsOverlay<ReviewOptions>(sp.GetRequiredService<RuleSettingsCache>(), ReviewOptions.SectionName));
        services.AddSingleton<IPostConfigureOptions<SupervisionOptions>>(sp => new RuleSettingsOverlay<SupervisionOptions>(sp.GetRequiredService<RuleSettingsCache>(), SupervisionOptions.SectionName));
        services.AddSingleton<IPostConfigureOptions<RegistryRules>>(sp => new RuleSettingsOverlay<RegistryRules>(sp.GetRequiredService<RuleSettingsCache>(), RegistryRules.SectionName));
        services.AddSingleton<IPostConfigureOptions<Domain.Assemblies.AssemblyRules>>(sp => new RuleSettingsOverlay<Domain.Assemblies.AssemblyRules>(sp.GetRequiredService<RuleSettingsCache>(), Domain.Assemblies.AssemblyRules.SectionName));
        services.AddSingleton<IPostConfigureOptions<Application.Common.Security.OfficeRules>>(sp => new RuleSettingsOverlay<Application.Common.Security.OfficeRules>(sp.GetRequiredService<RuleSettingsCache>(), Application.Common.Security.OfficeRules.SectionName));
        services.AddSingleton<IPostConfigureOptions<Domain.Festival.FestivalWeights>>(sp => new RuleSettingsOverlay<Domain.Festival.FestivalWeights>(sp.GetRequiredService<RuleSettingsCache>(), Domain.Festival.FestivalWeights.SectionName));
        services.AddSingleton<IPostConfigureOptions<Application.Dormancy.Common.DormancyOptions>>(sp => new RuleSettingsOverlay<Application.Dormancy.Common.DormancyOptions>(sp.GetRequiredService<RuleSettingsCache>(), Application.Dormancy.Common.DormancyOptions.SectionName));
        services.AddSingleton<IPostConfigureOptions<Domain.Liquidation.LiquidationRules>>(sp => new RuleSettingsOverlay<Domain.Liquidation.LiquidationRules>(sp.GetRequiredService<RuleSettingsCache>(), Domain.Liquidation.LiquidationRules.SectionName));
        services.AddHostedService<RuleSettingsRefresh>();
        return services;
    }
}
