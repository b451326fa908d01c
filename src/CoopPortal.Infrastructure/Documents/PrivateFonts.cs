using CoopPortal.Application.Common.Documents;

namespace CoopPortal.Infrastructure.Documents;

/// <summary>
/// The documents' fonts as one browser's own local fonts: the files and a fontconfig file that adds them to the
/// system's, in a private temporary folder. Chromium started with <see cref="Environment"/> finds the families by name.
/// </summary>
public sealed class PrivateFonts : IDisposable
{
    private PrivateFonts(string folder) => Folder = folder;

    public string Folder { get; }

    /// <summary>The process's environment plus FONTCONFIG_FILE (Playwright replaces the browser's whole environment).</summary>
    public Dictionary<string, string> Environment()
    {
        var environment = System.Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string?)e.Value ?? string.Empty, StringComparer.Ordinal);
        environment["FONTCONFIG_FILE"] = Path.Combine(Folder, "fonts.conf");
        return environment;
    }

    public static PrivateFonts Install(IEnumerable<DocumentFont> fonts)
    {
        ArgumentNullException.ThrowIfNull(fonts);
        var folder = Path.Combine(Path.GetTempPath(), $"coopportal-pdf-fonts-{System.Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        foreach (var font in fonts)
        {
            File.WriteAllBytes(Path.Combine(folder, Path.GetFileName(font.FileName)), font.Content);
        }

        File.WriteAllText(Path.Combine(folder, "fonts.conf"), $"""
            <?xml version="1.0"?>
            <!DOCTYPE fontconfig SYSTEM "fonts.dtd">
            <fontconfig>
              <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
              <dir>{folder}</dir>
              <cachedir>{Path.Combine(folder, "cache")}</cachedir>
            </fontconfig>
            """);
        return new PrivateFonts(folder);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder; the system cleans it up eventually.
        }
    }
}
