namespace CoopPortal.Application.Administration.Rules;

/// <summary>
/// The live side of the rule settings, implemented in Infrastructure: the values configuration gives, and the reload
/// that makes a saved value the one every use case reads next.
/// </summary>
public interface IRuleSettingsRuntime
{
    /// <summary>The value of the key in configuration (appsettings, environment), or null when it has none.</summary>
    string? ConfiguredValue(string key);

    /// <summary>Reads the stored values again and rebuilds the options they feed.</summary>
    Task ReloadAsync(CancellationToken cancellationToken);
}
