using CoopPortal.Application.Common.Documents;

namespace CoopPortal.Infrastructure.Documents;

/// <summary>
/// The documents' fonts as one browser's own local fonts: the files and a fontconfig file that adds them to the
/// system's, in a private temporary folder. Chromium started with <see cref="Environment"/> finds the families by name.
/// The folder goes on every exit path: on dispose, when the process exits without disposing it (the host was not
/// disposed, a signal), and, after a crash or a kill, at the next install, which removes the folders of processes that
/// no longer run.
/// </summary>
public sealed class PrivateFonts : IDisposable
{
    /// <summary>The start of every such folder's name, then the process id, a dash and a random part.</summary>
    public const string FolderPrefix = "coopportal-pdf-fonts-";

    private PrivateFonts(string folder)
    {
        Folder = folder;
        AppDomain.CurrentDomain.ProcessExit += OnProcessExit;
    }

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
        RemoveOrphans(Path.GetTempPath());
        var folder = Path.Combine(Path.GetTempPath(), $"{FolderPrefix}{System.Environment.ProcessId}-{Guid.NewGuid():N}");
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

    /// <summary>Deletes the font folders in <paramref name="tempFolder"/> left by processes that no longer run.</summary>
    public static int RemoveOrphans(string tempFolder)
    {
        var removed = 0;
        foreach (var folder in Directory.EnumerateDirectories(tempFolder, FolderPrefix + "*"))
        {
            var rest = Path.GetFileName(folder)[FolderPrefix.Length..];
            var dash = rest.IndexOf('-', StringComparison.Ordinal);
            if (dash <= 0 || !int.TryParse(rest[..dash], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var pid)
                || IsRunning(pid))
            {
                continue;
            }

            if (Delete(folder))
            {
                removed++;
            }
        }

        return removed;
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private void OnProcessExit(object? sender, EventArgs e) => Delete(Folder);

    public void Dispose()
    {
        AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
        Delete(Folder);
    }

    private static bool Delete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A temporary folder (gone already, or another user's); the system cleans it up eventually.
            return false;
        }
    }
}
