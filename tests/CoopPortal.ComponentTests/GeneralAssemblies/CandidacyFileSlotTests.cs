using Bunit;
using CoopPortal.ComponentTests.TestSupport;
using CoopPortal.Domain.Assemblies;
using CoopPortal.Domain.Common;
using CoopPortal.Web.Components.Pages.Candidacies;

namespace CoopPortal.ComponentTests.GeneralAssemblies;

/// <summary>One kind of a candidate's document: download links always, upload and removal only while editable.</summary>
public sealed class CandidacyFileSlotTests : ComponentTest
{
    private IRenderedComponent<CandidacyFileSlot> Render(bool editable, IEnumerable<AttachedFile> files, string? error = null) =>
        Context.Render<CandidacyFileSlot>(p => p
            .Add(c => c.CandidacyId, Guid.Parse("11111111-1111-1111-1111-111111111111"))
            .Add(c => c.Kind, CandidateFileKind.IdCard)
            .Add(c => c.Files, files)
            .Add(c => c.Editable, editable)
            .Add(c => c.Error, error));

    [Fact]
    public void While_editable_a_file_can_be_removed_and_another_uploaded()
    {
        var file = CandidacyViews.IdCard();
        var cut = Render(editable: true, [file], "حجم فایل بیش از حد مجاز است.");

        Assert.Equal($"candidacies/11111111-1111-1111-1111-111111111111/files/{file.Id}", cut.Find($"#candidacy-file-link-{file.Id}").GetAttribute("href"));
        Assert.Single(cut.FindAll($"#candidacy-file-remove-{file.Id}"));
        Assert.Single(cut.FindAll("#candidacy-file-IdCard"));
        Assert.Contains("حجم فایل", cut.Find("#candidacy-file-error-IdCard").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Once_decided_the_files_are_only_read()
    {
        var file = CandidacyViews.IdCard();
        var cut = Render(editable: false, [file]);

        Assert.Single(cut.FindAll($"#candidacy-file-link-{file.Id}"));
        Assert.Empty(cut.FindAll($"#candidacy-file-remove-{file.Id}"));
        Assert.Empty(cut.FindAll("#candidacy-file-IdCard"));
    }
}
