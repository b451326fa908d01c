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
        services.AddScoped<Accounts.ChangePassword.ChangePasswordHandler>();
        services.AddScoped<GetOfficeOverviewHandler>();
        services.AddScoped<ReferenceData.ProvinceListQuery>();
        return services;
    }
}
