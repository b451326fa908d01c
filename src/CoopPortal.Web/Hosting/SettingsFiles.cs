using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace CoopPortal.Web.Hosting;

internal static class SettingsFiles
{
    // One provider (so one file watcher) per process: a provider made per host is never disposed with it, and every
    // host a test run starts would keep an inotify instance until the process ends.
    private static readonly Lazy<PhysicalFileProvider> BesideBinaries = new(() => new PhysicalFileProvider(AppContext.BaseDirectory));

    /// <summary>
    /// The host's settings files live at the repository root and are copied next to the binaries at build time.
    /// This points the default appsettings.json and appsettings.{Environment}.json sources there, keeping their order,
    /// so environment variables and the command line still override them.
    /// </summary>
    public static void UseSettingsBesideBinaries(this ConfigurationManager configuration, IWebHostEnvironment environment)
    {
        IList<IConfigurationSource> sources = ((IConfigurationBuilder)configuration).Sources;
        var names = new[] { "appsettings.json", $"appsettings.{environment.EnvironmentName}.json" };
        for (var i = 0; i < sources.Count; i++)
        {
            if (sources[i] is JsonConfigurationSource json && names.Contains(json.Path, StringComparer.OrdinalIgnoreCase)
                && !File.Exists(Path.Combine(environment.ContentRootPath, json.Path!)))
            {
                sources[i] = new JsonConfigurationSource
                {
                    Path = json.Path!,
                    Optional = json.Optional,
                    ReloadOnChange = json.ReloadOnChange,
                    FileProvider = BesideBinaries.Value,
                };
            }
        }
    }
}
