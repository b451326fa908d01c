namespace CoopPortal.Testing;

/// <summary>Where test artefacts (screenshots, rendered pages) are written: artifacts/ at the repository root.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Artifacts(string folder)
    {
        var path = Path.Combine(Root, "artifacts", folder);
        Directory.CreateDirectory(path);
        return path;
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CoopPortal.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? AppContext.BaseDirectory;
    }
}
