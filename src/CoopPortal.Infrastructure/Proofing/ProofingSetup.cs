using CoopPortal.Application.Accounts;
using CoopPortal.Application.Common.Proofing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CoopPortal.Infrastructure.Proofing;

/// <summary>
/// Identity proofing's adapters: the SMS gateway and the identity check, each HTTP or a local fake. Fakes are refused
/// outside Development, so a misconfigured production server fails at start instead of "sending" codes nowhere.
/// </summary>
public static class ProofingSetup
{
    public static void AddIdentityProofing(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var sms = configuration.GetSection(SmsOptions.SectionName).Get<SmsOptions>() ?? new SmsOptions();
        var proofing = configuration.GetSection(ProofingOptions.SectionName).Get<ProofingOptions>() ?? new ProofingOptions();
        if ((sms.IsFake || proofing.IsFake) && !environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                "Sms:Gateway and Identity:Proofing:IdentityCheck may be \"Fake\" only in Development; configure the HTTP services (docs/configuration.md).");
        }

        services.AddOptions<SmsOptions>().Bind(configuration.GetSection(SmsOptions.SectionName));
        services.AddOptions<ProofingOptions>().Bind(configuration.GetSection(ProofingOptions.SectionName));
        services.AddSingleton<IAccountProofing, AccountProofing>();
        services.AddScoped<Identity.SmsSignInService>();
        if (sms.IsFake)
        {
            services.AddSingleton<SmsOutbox>();
            services.AddSingleton<ISmsGateway, FakeSmsGateway>();
        }
        else
        {
            services.AddHttpClient<ISmsGateway, HttpSmsGateway>();
        }

        if (proofing.IsFake)
        {
            services.AddSingleton<FakeIdentityCheck>();
            services.AddSingleton<IIdentityCheck>(sp => sp.GetRequiredService<FakeIdentityCheck>());
        }
        else
        {
            services.AddHttpClient<IIdentityCheck, HttpIdentityCheck>();
        }
    }
}
