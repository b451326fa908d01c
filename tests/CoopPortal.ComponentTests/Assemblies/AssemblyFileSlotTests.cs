using Bunit;
using CoopPortal.ComponentTests.TestSupport;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Registry;
using CoopPortal.Web.Components.Pages.Assemblies;

namespace CoopPortal.ComponentTests.Assemblies;

public sealed class AssemblyFileSlotTests : ComponentTest
{
    private static readonly Guid AssemblyId = Guid.Parse("6f1c1c52-3f7e-4a55-9d0e-1a2b3c4d5e6f");

    private static readonly AttachedFile Minutes = new(
        Guid.Parse("0b8a4b8e-1111-4c2d-9e3f-123456789abc"), nameof(AssemblyFileKind.Minutes), "minutes.pdf", "application/pdf", 20480, "abc", "key", DateTime.UnixEpoch);

    [Fact]
    public void Editable_slot_has_a_file_input_with_a_stable_id_and_lists_its_files_with_download_links()
    {
        var slot = Render(editable: true);

        Assert.NotNull(slot.Find("input[type=file]#assembly-file-Minutes"));
        var link = slot.Find($"#assembly-file-link-{Minutes.Id}");
        Assert.Equal($"assemblies/{AssemblyId}/files/{Minutes.Id}", link.GetAttribute("href"));
        Assert.Equal("minutes.pdf", link.TextContent.Trim());
        Assert.Contains("۲۰ کیلوبایت", slot.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Remove_reports_the_file_id()
    {
        Guid? removed = null;
        var slot = Render(editable: true, onRemove: id => removed = id);

        slot.Find($"#assembly-file-remove-{Minutes.Id}").Click();

        Assert.Equal(Minutes.Id, removed);
    }

    [Fact]
    public void Read_only_slot_keeps_the_download_link_but_offers_no_upload_or_removal()
    {
        var slot = Render(editable: false);

        Assert.Empty(slot.FindAll("input[type=file]"));
        Assert.Empty(slot.FindAll($"#assembly-file-remove-{Minutes.Id}"));
        Assert.NotNull(slot.Find($"#assembly-file-link-{Minutes.Id}"));
    }

    [Fact]
    public void An_error_is_shown_under_its_slot()
    {
        var slot = Context.Render<AssemblyFileSlot>(p => p
            .Add(c => c.AssemblyId, AssemblyId)
            .Add(c => c.Kind, AssemblyFileKind.BankCertificate)
            .Add(c => c.Editable, true)
            .Add(c => c.Error, "«گواهی بانکی سرمایه پرداخت‌شده» را بارگذاری کنید."));

        Assert.Equal("«گواهی بانکی سرمایه پرداخت‌شده» را بارگذاری کنید.", slot.Find("#assembly-file-error-BankCertificate").TextContent.Trim());
        Assert.Contains("هنوز فایلی بارگذاری نشده است.", slot.Markup, StringComparison.Ordinal);
    }

    private IRenderedComponent<AssemblyFileSlot> Render(bool editable, Action<Guid>? onRemove = null) =>
        Context.Render<AssemblyFileSlot>(p => p
            .Add(c => c.AssemblyId, AssemblyId)
            .Add(c => c.Kind, AssemblyFileKind.Minutes)
            .Add(c => c.Files, [Minutes])
            .Add(c => c.Editable, editable)
            .Add(c => c.OnRemove, id => onRemove?.Invoke(id)));
}
