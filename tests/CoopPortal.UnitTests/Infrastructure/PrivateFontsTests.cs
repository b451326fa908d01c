using CoopPortal.Application.Common.Documents;
using CoopPortal.Infrastructure.Documents;

namespace CoopPortal.UnitTests.Infrastructure;

/// <summary>The PDF engine's temporary font folder goes away with its process, and folders of dead processes at the next start.</summary>
public sealed class PrivateFontsTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("coopportal-fonts-test-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void The_folders_of_processes_that_no_longer_run_are_removed_and_live_ones_and_others_kept()
    {
        var dead = Directory.CreateDirectory(Path.Combine(_temp, $"{PrivateFonts.FolderPrefix}999999999-{Guid.NewGuid():N}")).FullName;
        File.WriteAllText(Path.Combine(dead, "fonts.conf"), "<fontconfig/>");
        var live = Directory.CreateDirectory(Path.Combine(_temp, $"{PrivateFonts.FolderPrefix}{Environment.ProcessId}-{Guid.NewGuid():N}")).FullName;
        var other = Directory.CreateDirectory(Path.Combine(_temp, "someone-elses-folder")).FullName;

        Assert.Equal(1, PrivateFonts.RemoveOrphans(_temp));

        Assert.False(Directory.Exists(dead));
        Assert.True(Directory.Exists(live));
        Assert.True(Directory.Exists(other));
    }

    [Fact]
    public void Installed_fonts_are_in_their_folder_until_disposed()
    {
        var fonts = PrivateFonts.Install([new DocumentFont("Vazirmatn-Test.ttf", [1, 2, 3])]);
        var folder = fonts.Folder;
        Assert.True(File.Exists(Path.Combine(folder, "Vazirmatn-Test.ttf")));
        Assert.Equal(Path.Combine(folder, "fonts.conf"), fonts.Environment()["FONTCONFIG_FILE"]);

        fonts.Dispose();

        Assert.False(Directory.Exists(folder));
    }
}
