using System.Globalization;
using Microsoft.Extensions.Options;

namespace CoopPortal.Infrastructure.Administration;

/// <summary>Lays the stored rule values of one configuration section over the options bound from configuration.</summary>
internal sealed class RuleSettingsOverlay<T>(RuleSettingsCache cache, string section) : IPostConfigureOptions<T>
    where T : class
{
    public void PostConfigure(string? name, T options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (name != Options.DefaultName)
        {
            return;
        }

        var prefix = section + ":";
        foreach (var (key, value) in cache.Values)
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal)
                && typeof(T).GetProperty(key[prefix.Length..]) is { PropertyType: var type, CanWrite: true } property
                && type == typeof(int)
                && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                // Records' init-only setters are ordinary setters to reflection, as they are to the configuration binder.
                property.SetValue(options, number);
            }
        }
    }
}
