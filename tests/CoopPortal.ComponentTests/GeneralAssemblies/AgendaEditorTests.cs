using AngleSharp.Dom;
using Bunit;
using CoopPortal.ComponentTests.TestSupport;
using CoopPortal.Domain.Assemblies;
using CoopPortal.Web.Components.Pages.GeneralAssemblies;

namespace CoopPortal.ComponentTests.GeneralAssemblies;

public sealed class AgendaEditorTests : ComponentTest
{
    [Fact]
    public void An_extraordinary_assembly_offers_only_the_changes_and_an_ordinary_one_only_the_ordinary_business()
    {
        var extraordinary = Render(new NoticeFormModel { Kind = GeneralAssemblyKind.Extraordinary });
        Assert.Equal(
            [AgendaItemKind.ChangeCapital, AgendaItemKind.AmendBylaws, AgendaItemKind.ChangeAddress, AgendaItemKind.ChangeName, AgendaItemKind.Dissolve],
            Offered(extraordinary));

        var ordinary = Render(new NoticeFormModel { Kind = GeneralAssemblyKind.Ordinary });
        Assert.Equal([AgendaItemKind.ApproveFinancialStatements, AgendaItemKind.ElectBoard, AgendaItemKind.ElectInspectors], Offered(ordinary));
        Assert.Empty(ordinary.FindAll("#agenda-Other"));
    }

    [Fact]
    public void Checking_an_item_puts_it_on_the_agenda_opens_its_fields_and_reports_the_change()
    {
        var model = new NoticeFormModel { Kind = GeneralAssemblyKind.Extraordinary };
        var changes = 0;
        var editor = Render(model, () => changes++);
        Assert.Empty(editor.FindAll("#agenda-capital-from"));

        CheckBox(editor, AgendaItemKind.ChangeCapital).Change(true);

        editor.WaitForAssertion(() => Assert.Equal(1, changes));
        Assert.Equal([AgendaItemKind.ChangeCapital], model.Agenda.Select(a => a.Kind));
        Assert.NotNull(editor.Find("input#agenda-capital-from"));
        Assert.NotNull(editor.Find("input#agenda-capital-to"));
        Assert.NotNull(editor.Find("#field-Agenda-0-CapitalTo"));
        Assert.Empty(editor.FindAll("#agenda-new-name"));

        editor.Find("input#agenda-capital-to").Change("۲۵۰۰۰۰۰۰۰");
        editor.WaitForAssertion(() => Assert.Equal(2, changes));
        Assert.Equal(250_000_000, model.ToForm().Agenda[0].CapitalTo);
    }

    [Fact]
    public void A_listed_item_keeps_its_place_before_the_free_items()
    {
        var model = new NoticeFormModel { Kind = GeneralAssemblyKind.Extraordinary };
        var editor = Render(model);

        editor.Find("#agenda-add-other").Click();
        CheckBox(editor, AgendaItemKind.ChangeName).Change(true);
        CheckBox(editor, AgendaItemKind.ChangeCapital).Change(true);

        editor.WaitForAssertion(() => Assert.Equal([AgendaItemKind.ChangeCapital, AgendaItemKind.ChangeName, AgendaItemKind.Other], model.Agenda.Select(a => a.Kind)));
        editor.WaitForAssertion(() => Assert.Equal("agenda-other-2", editor.Find("#field-Agenda-2-Text input").Id));
    }

    private static IElement CheckBox(IRenderedComponent<AgendaEditor> editor, AgendaItemKind kind)
    {
        var element = editor.Find($"#agenda-{kind}");
        return element.TagName == "INPUT" ? element : element.QuerySelector("input[type=checkbox]")!;
    }

    private static List<AgendaItemKind> Offered(IRenderedComponent<AgendaEditor> editor) =>
        Enum.GetValues<AgendaItemKind>().Where(k => editor.FindAll($"#agenda-{k}").Count > 0).ToList();

    private IRenderedComponent<AgendaEditor> Render(NoticeFormModel model, Action? onChanged = null) =>
        Context.Render<AgendaEditor>(p => p
            .Add(c => c.Model, model)
            .Add(c => c.Kind, model.Kind)
            .Add(c => c.OnChanged, () => onChanged?.Invoke()));
}
