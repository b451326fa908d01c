using System.Data.Common;
using CoopPortal.Application.Administration.Rules;
using CoopPortal.Application.Review.Escalation;
using CoopPortal.Application.Supervision.Common;
using CoopPortal.Domain.Formation;
using CoopPortal.Domain.Registry;
using CoopPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoopPortal.Infrastructure.Administration;

/// <summary>
/// The administrators' rule values (table rule_settings) in memory, for the options that read them synchronously. Read
/// from the database when first needed, again after every save, whenever another instance announces a save (PostgreSQL
/// NOTIFY on <see cref="ChangedChannel"/>, which <see cref="RuleSettingsRefresh"/> listens to) and every minute in case an
/// announcement was missed. While the
/// database cannot be read (not yet migrated, down) configuration alone applies and the next read tries again.
/// Whenever the values change, the cached options are dropped so IOptionsMonitor rebuilds them with the new values.
/// </summary>
internal sealed partial class RuleSettingsCache(IDbContextFactory<AppDbContext> factory, IConfiguration configuration, IServiceProvider services, ILogger<RuleSettingsCache> logger)
    : IRuleSettingsRuntime, IDisposable
{
    private static readonly IReadOnlyDictionary<string, string> Nothing = new Dictionary<string, string>(StringComparer.Ordinal);
    private readonly SemaphoreSlim _reload = new(1, 1);
    private volatile IReadOnlyDictionary<string, string>? _values;

    /// <summary>The stored values by key (configuration path); empty while the database cannot be read.</summary>
    public IReadOnlyDictionary<string, string> Values => _values ?? LoadNow();

    public string? ConfiguredValue(string key) => configuration[key];

    public void Dispose() => _reload.Dispose();

    /// <summary>The PostgreSQL notification channel on which a save is announced to every instance.</summary>
    public const string ChangedChannel = "coopportal_rule_settings";

    /// <summary>After a save here: reads the values again and tells the other instances to do the same.</summary>
    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        await RefreshAsync(cancellationToken);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync($"NOTIFY {ChangedChannel}", cancellationToken);
    }

    /// <summary>The connection string the listener uses.</summary>
    public string ConnectionString()
    {
        using var db = factory.CreateDbContext();
        return db.Database.GetConnectionString()!;
    }

    /// <summary>Reads the stored values again; the options they feed are rebuilt when any changed.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        await _reload.WaitAsync(cancellationToken);
        try
        {
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            var fresh = await db.RuleSettings.AsNoTracking().ToDictionaryAsync(s => s.Key, s => s.Value, StringComparer.Ordinal, cancellationToken);
            var old = _values;
            _values = fresh;
            if (old is null || old.Count != fresh.Count || fresh.Any(pair => !old.TryGetValue(pair.Key, out var v) || v != pair.Value))
            {
                ForgetOptions();
            }
        }
        finally
        {
            _reload.Release();
        }
    }

    private IReadOnlyDictionary<string, string> LoadNow()
    {
        try
        {
            using var db = factory.CreateDbContext();
            var values = db.RuleSettings.AsNoTracking().ToDictionary(s => s.Key, s => s.Value, StringComparer.Ordinal);
            _values = values;
            return values;
        }
        catch (Exception ex) when (IsUnreachable(ex))
        {
            LogUnreadable(logger, ex);
            return Nothing;
        }
    }

    /// <summary>
    /// The database cannot be read now (down, not migrated yet, or the retrying strategy gave up): configuration alone
    /// applies until the next try. Anything else is a bug and is let through.
    /// </summary>
    internal static bool IsUnreachable(Exception ex) =>
        ex is DbException or TimeoutException || (ex is InvalidOperationException && ex.InnerException is DbException or TimeoutException);

    private void ForgetOptions()
    {
        services.GetRequiredService<IOptionsMonitorCache<FormationRules>>().TryRemove(Options.DefaultName);
        services.GetRequiredService<IOptionsMonitorCache<ReviewOptions>>().TryRemove(Options.DefaultName);
        services.GetRequiredService<IOptionsMonitorCache<SupervisionOptions>>().TryRemove(Options.DefaultName);
        services.GetRequiredService<IOptionsMonitorCache<RegistryRules>>().TryRemove(Options.DefaultName);
        services.GetRequiredService<IOptionsMonitorCache<Domain.Assemblies.AssemblyRules>>().TryRemove(Options.DefaultName);
        services.GetRequiredService<IOptionsMonitorCache<Application.Common.Security.OfficeRules>>().TryRemove(Options.DefaultName);
        services.GetRequiredService<IOptionsMonitorCache<Domain.Festival.FestivalWeights>>().TryRemove(Options.DefaultName);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The rule settings could not be read; configuration alone applies for now.")]
    private static partial void LogUnreadable(ILogger logger, Exception exception);
}
