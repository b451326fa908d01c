using Bunit;
using CoopPortal.Application.Administration.ReferenceData;
using CoopPortal.Application.Common.Results;
using CoopPortal.ComponentTests.TestSupport;
using CoopPortal.Domain.Formation;
using CoopPortal.Domain.ReferenceData;
using CoopPortal.Web.Components.Pages.Admin.ReferenceData;

namespace CoopPortal.ComponentTests.Pages.Admin;

public sealed class ReferenceDataEditorTests : ComponentTest
{
    private static readonly OrientationRow BorderResidents = new(15, "border-residents", "مرزنشینان", 15, true, false, 4711);

    private readonly List<OrientationInput> _orientations = [];
    private readonly List<DocumentTypeInput> _documents = [];

    private IRenderedComponent<OrientationEditor> RenderOrientation(OrientationRow? item, Result answer) =>
        Context.Render<OrientationEditor>(p => p
            .Add(c => c.Item, item)
            .Add(c => c.NextSortOrder, 20)
            .Add(c => c.OnSave, input => { _orientations.Add(input); return Task.FromResult(answer); }));

    [Fact]
    public void Editing_sends_what_was_typed_with_the_row_version_and_keeps_the_code_fixed()
    {
        var cut = RenderOrientation(BorderResidents, Result.Success());

        Assert.True(cut.Find("#orientation-code").HasAttribute("disabled"));
        Assert.Equal("۱۵", cut.Find("#orientation-order").GetAttribute("value"));
        cut.Find("#orientation-title").Input("مرزنشینان و مناطق مرزی");
        cut.Find("#orientation-order").Input("۲۵");
        cut.Find("#orientation-save").Click();

        var sent = Assert.Single(_orientations);
        Assert.Equal(new OrientationInput(15, "border-residents", "مرزنشینان و مناطق مرزی", "۲۵", true, false, 4711), sent);
        Assert.Empty(cut.FindAll("#orientation-message"));
    }

    [Fact]
    public void The_use_cases_persian_messages_appear_under_their_fields()
    {
        var refused = Result.Invalid(new Dictionary<string, string[]>
        {
            [ReferenceDataRules.TitleField] = [ReferenceDataRules.DuplicateTitle("کشاورزی")],
            [ReferenceDataRules.CodeField] = [ReferenceDataRules.CodeInvalid],
        });
        var cut = RenderOrientation(null, refused);

        Assert.False(cut.Find("#orientation-code").HasAttribute("disabled"));
        Assert.Equal("۲۰", cut.Find("#orientation-order").GetAttribute("value"));
        cut.Find("#orientation-code").Input("Agri Culture");
        cut.Find("#orientation-title").Input("كشاورزي");
        cut.Find("#orientation-save").Click();

        Assert.Equal((null, "Agri Culture", "كشاورزي"), (Assert.Single(_orientations).Id, _orientations[0].Code, _orientations[0].Title));
        Assert.Contains(ReferenceDataRules.DuplicateTitle("کشاورزی"), cut.Markup, StringComparison.Ordinal);
        Assert.Contains("کد فقط از حروف کوچک انگلیسی", cut.Markup, StringComparison.Ordinal);
        Assert.Equal("لطفاً خطاهای فرم را برطرف کنید.", cut.Find("#orientation-message").TextContent);
    }

    [Fact]
    public void A_conflict_is_shown_as_the_forms_message()
    {
        var cut = RenderOrientation(BorderResidents, Result.Conflict(ReferenceDataHandler.ChangedMeanwhile));

        cut.Find("#orientation-save").Click();

        Assert.Equal(ReferenceDataHandler.ChangedMeanwhile, cut.Find("#orientation-message").TextContent);
    }

    [Theory]
    [InlineData(nameof(DocumentKind.ProposalPlan), true)]
    [InlineData(nameof(DocumentKind.Other), false)]
    public void Only_the_optional_document_kind_can_be_switched_off(string code, bool requiredByRules)
    {
        var kind = new DocumentKind(code);
        var row = new DocumentTypeRow(kind, "عنوان مدرک", "راهنما", 2, true, 9);
        Assert.Equal(requiredByRules, row.IsRequiredByRules);
        var cut = Context.Render<DocumentTypeEditor>(p => p
            .Add(c => c.Item, row)
            .Add(c => c.OnSave, input => { _documents.Add(input); return Task.FromResult(Result.Success()); }));

        Assert.Equal(requiredByRules, cut.Find("#document-active").HasAttribute("disabled"));
        cut.Find("#document-description").Input("راهنمای تازه");
        cut.Find("#document-save").Click();

        Assert.Equal(new DocumentTypeInput(kind, "عنوان مدرک", "راهنمای تازه", "۲", true, 9), Assert.Single(_documents));
    }

    [Fact]
    public void Adding_a_kind_starts_after_the_last_one_and_can_make_it_required_of_all()
    {
        var cut = Context.Render<DocumentTypeEditor>(p => p
            .Add(c => c.Item, null)
            .Add(c => c.NextSortOrder, 6)
            .Add(c => c.OnSave, input => { _documents.Add(input); return Task.FromResult(Result.Success()); }));

        Assert.Contains("نوع مدرک تازه", cut.Markup, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("#document-active"));
        Assert.Equal("۶", cut.Find("#document-order").GetAttribute("value"));
        cut.Find("#document-title").Input("گواهی عدم سوء پیشینه");
        cut.Find("#document-required").Change(true);
        cut.Find("#document-save").Click();

        Assert.Equal(new DocumentTypeInput(null, "گواهی عدم سوء پیشینه", null, "۶", true, null, RequiredOfAll: true), Assert.Single(_documents));
    }

    [Fact]
    public void A_built_in_kind_offers_no_required_of_all_switch_and_an_added_one_shows_its_state()
    {
        var builtIn = Context.Render<DocumentTypeEditor>(p => p
            .Add(c => c.Item, new DocumentTypeRow(DocumentKind.Other, "سایر مدارک", string.Empty, 5, true, 3))
            .Add(c => c.OnSave, _ => Task.FromResult(Result.Success())));
        Assert.Empty(builtIn.FindAll("#document-required"));

        var added = Context.Render<DocumentTypeEditor>(p => p
            .Add(c => c.Item, new DocumentTypeRow(new DocumentKind("Custom-1"), "گواهی سلامت", string.Empty, 6, true, 8, RequiredOfAll: true))
            .Add(c => c.OnSave, input => { _documents.Add(input); return Task.FromResult(Result.Invalid(new Dictionary<string, string[]> { [ReferenceDataRules.RequiredOfAllField] = [DocumentType.BuiltInCannotBeRequired] })); }));
        Assert.False(added.Find("#document-active").HasAttribute("disabled"));
        Assert.Contains("لازم: هر درخواست پیش از ارسال", added.Markup, StringComparison.Ordinal);
        added.Find("#document-save").Click();

        Assert.True(Assert.Single(_documents).RequiredOfAll);
        Assert.Equal(DocumentType.BuiltInCannotBeRequired, added.Find("#document-required-error").TextContent);
    }
}
