using CoopPortal.Domain.Common;
using CoopPortal.Domain.Formation;
using CoopPortal.Domain.ReferenceData;

namespace CoopPortal.UnitTests.Domain;

public sealed class ReferenceDataRulesTests
{
    [Theory]
    [InlineData("", ReferenceDataRules.TitleRequired)]
    [InlineData("   ", ReferenceDataRules.TitleRequired)]
    [InlineData("Tourism", ReferenceDataRules.TitleNotPersian)]
    [InlineData("گردشگری Tourism", ReferenceDataRules.TitleNotPersian)]
    [InlineData("۱۲۳", ReferenceDataRules.TitleNotPersian)]
    public void A_title_must_be_persian_and_present(string title, string message)
    {
        var problem = Assert.Single(ReferenceDataRules.CheckTitle(title));

        Assert.Equal((ReferenceDataRules.TitleField, message), (problem.Field, problem.Message));
    }

    [Fact]
    public void A_title_may_hold_at_most_100_characters()
    {
        Assert.Empty(ReferenceDataRules.CheckTitle(new string('ت', 100)));
        Assert.Equal(ReferenceDataRules.TitleTooLong, Assert.Single(ReferenceDataRules.CheckTitle(new string('ت', 101))).Message);
    }

    [Theory]
    [InlineData("tourism")]
    [InlineData("eco-tourism")]
    [InlineData("zone2-export")]
    public void Codes_of_lower_case_ascii_words_joined_by_hyphens_are_accepted(string code)
    {
        Assert.Empty(ReferenceDataRules.CheckCode(code));
    }

    [Theory]
    [InlineData("", ReferenceDataRules.CodeRequired)]
    [InlineData("Tourism", ReferenceDataRules.CodeInvalid)]
    [InlineData("2tourism", ReferenceDataRules.CodeInvalid)]
    [InlineData("eco tourism", ReferenceDataRules.CodeInvalid)]
    [InlineData("eco--tourism", ReferenceDataRules.CodeInvalid)]
    [InlineData("tourism-", ReferenceDataRules.CodeInvalid)]
    [InlineData("گردشگری", ReferenceDataRules.CodeInvalid)]
    public void Other_codes_are_refused_in_persian(string code, string message)
    {
        var problem = Assert.Single(ReferenceDataRules.CheckCode(code));

        Assert.Equal((ReferenceDataRules.CodeField, message), (problem.Field, problem.Message));
    }

    [Fact]
    public void A_code_may_hold_at_most_50_characters()
    {
        Assert.Empty(ReferenceDataRules.CheckCode(new string('a', 50)));
        Assert.Equal(ReferenceDataRules.CodeTooLong, Assert.Single(ReferenceDataRules.CheckCode(new string('a', 51))).Message);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(999, true)]
    [InlineData(1000, false)]
    [InlineData(-3, false)]
    public void The_order_runs_from_1_to_999(int order, bool valid)
    {
        Assert.Equal(valid, !ReferenceDataRules.CheckSortOrder(order).Any());
    }

    [Theory]
    [InlineData("كشاورزي", "کشاورزی")]            // Arabic kaf and yeh
    [InlineData("تأمین نیاز  مصرف‌کنندگان", "تأمین نیاز مصرف کنندگان")] // spaces, zero-width non-joiner
    public void Titles_that_read_the_same_are_the_same_title(string a, string b)
    {
        Assert.True(ReferenceDataRules.SameTitle(a, b));
    }

    [Fact]
    public void Different_titles_are_not_the_same()
    {
        Assert.False(ReferenceDataRules.SameTitle("کشاورزی", "صنعتی"));
    }

    [Fact]
    public void Changing_an_orientation_normalizes_its_title_and_keeps_its_code()
    {
        var orientation = new Orientation(1, "agriculture", "کشاورزی", 1, requiresActivityLicence: true);

        orientation.Change("  كشاورزي و دامپروري ", 4, isActive: false, requiresActivityLicence: false);

        Assert.Equal(("agriculture", "کشاورزی و دامپروری", 4, false, false),
            (orientation.Code, orientation.Title, orientation.SortOrder, orientation.IsActive, orientation.RequiresActivityLicence));
    }

    [Theory]
    [InlineData("", 1, ReferenceDataRules.TitleRequired)]
    [InlineData("Farming", 1, ReferenceDataRules.TitleNotPersian)]
    [InlineData("کشاورزی", 0, ReferenceDataRules.SortOrderInvalid)]
    public void An_orientation_refuses_an_invalid_change_and_keeps_its_values(string title, int order, string message)
    {
        var orientation = new Orientation(1, "agriculture", "کشاورزی", 1, requiresActivityLicence: true);

        var refused = Assert.Throws<DomainException>(() => orientation.Change(title, order, isActive: true, requiresActivityLicence: true));

        Assert.Equal(message, refused.Message);
        Assert.Equal(("کشاورزی", 1), (orientation.Title, orientation.SortOrder));
    }

    [Fact]
    public void A_new_orientation_needs_a_valid_code_and_starts_active()
    {
        var created = Orientation.Create(20, " tourism ", "گردشگری", 20, requiresActivityLicence: true);

        Assert.Equal((20, "tourism", "گردشگری", true, true), (created.Id, created.Code, created.Title, created.IsActive, created.RequiresActivityLicence));
        Assert.Equal(ReferenceDataRules.CodeInvalid, Assert.Throws<DomainException>(() => Orientation.Create(21, "Tourism", "گردشگری", 21, false)).Message);
    }

    [Fact]
    public void A_document_kind_is_reworded_with_normalized_title_and_help()
    {
        var type = new DocumentType(DocumentKind.ProposalPlan, "طرح پیشنهادی", string.Empty, 2);

        type.Change("طرح توجيهي", "  با برآورد سرمايه ", 7, isActive: true);

        Assert.Equal(("طرح توجیهی", "با برآورد سرمایه", 7), (type.Title, type.Description, type.SortOrder));
    }

    [Theory]
    [InlineData(nameof(DocumentKind.FoundersIdCards))]
    [InlineData(nameof(DocumentKind.ProposalPlan))]
    [InlineData(nameof(DocumentKind.ActivityLicence))]
    [InlineData(nameof(DocumentKind.ExpertValuation))]
    public void A_kind_a_rule_can_require_cannot_be_retired(string code)
    {
        var type = new DocumentType(new DocumentKind(code), "مدرک", string.Empty, 1);

        var refused = Assert.Throws<DomainException>(() => type.Change("مدرک", null, 1, isActive: false));

        Assert.Equal(DocumentType.CannotRetire("مدرک"), refused.Message);
        Assert.True(type.IsActive);
    }

    [Fact]
    public void The_optional_kind_can_be_retired_and_a_too_long_help_is_refused()
    {
        var other = new DocumentType(DocumentKind.Other, "سایر مدارک", string.Empty, 5);

        other.Change("سایر مدارک", null, 5, isActive: false);

        Assert.False(other.IsActive);
        Assert.Equal(ReferenceDataRules.DescriptionTooLong,
            Assert.Throws<DomainException>(() => other.Change("سایر مدارک", new string('ت', 501), 5, isActive: false)).Message);
    }

    [Fact]
    public void The_catalog_covers_every_kind_and_uses_the_stored_wording()
    {
        var catalog = new DocumentTypeCatalog([new DocumentTypeInfo(DocumentKind.ProposalPlan, "طرح کسب‌وکار", "راهنما", 9, true)]);

        Assert.Equal(DocumentKind.BuiltIn.Count, catalog.All.Count);
        Assert.Equal("طرح کسب‌وکار", catalog.Title(DocumentKind.ProposalPlan));
        Assert.Equal(DocumentKind.ProposalPlan, catalog.All[^1].Kind);
        Assert.Equal(DocumentKindText.Title(DocumentKind.Other), catalog.Title(DocumentKind.Other));
        Assert.All(DocumentTypeCatalog.Defaults, t => Assert.Empty(ReferenceDataRules.CheckTitle(t.Title)));
    }

    [Fact]
    public void An_added_kind_gets_a_fresh_code_normalized_wording_and_can_be_retired()
    {
        var added = DocumentType.Create("گواهي عدم سوء پيشينه", " از سامانه سخا ", 6, requiredOfAll: true);
        var another = DocumentType.Create("گواهی سلامت", null, 7, requiredOfAll: false);

        Assert.StartsWith("Custom-", added.Kind.Code, StringComparison.Ordinal);
        Assert.NotEqual(added.Kind, another.Kind);
        Assert.False(added.Kind.IsBuiltIn);
        Assert.False(added.IsRequiredByRules);
        Assert.Equal(("گواهی عدم سوء پیشینه", "از سامانه سخا", 6, true, true), (added.Title, added.Description, added.SortOrder, added.IsActive, added.RequiredOfAll));

        added.Change(added.Title, added.Description, 6, isActive: false, requiredOfAll: true);
        Assert.False(added.IsActive);
        Assert.Equal(ReferenceDataRules.TitleNotPersian, Assert.Throws<DomainException>(() => DocumentType.Create("Clearance", null, 6, false)).Message);
    }

    [Fact]
    public void A_built_in_kind_cannot_be_made_required_of_every_application()
    {
        var other = new DocumentType(DocumentKind.Other, "سایر مدارک", string.Empty, 5);

        Assert.Equal(DocumentType.BuiltInCannotBeRequired, Assert.Throws<DomainException>(() => other.Change("سایر مدارک", null, 5, isActive: true, requiredOfAll: true)).Message);
        Assert.False(other.RequiredOfAll);
    }

    [Theory]
    [InlineData("FoundersIdCards", true)]
    [InlineData("Custom-0123456789ab", true)]
    [InlineData("../../etc/passwd", false)]
    [InlineData("کارت", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    [InlineData("A123456789012345678901234567890123", false)]
    public void A_document_kind_code_is_short_ascii(string? code, bool valid)
    {
        DocumentKind? kind = null;
        var refused = Record.Exception(() => kind = new DocumentKind(code!));

        Assert.Equal(valid, kind is not null);
        Assert.Equal(valid ? code : null, kind?.ToString());
        Assert.Equal(!valid, refused is ArgumentException);
    }

    [Fact]
    public void Kinds_are_equal_by_code_and_the_built_in_ones_are_known()
    {
        Assert.Equal(DocumentKind.ProposalPlan, new DocumentKind("ProposalPlan"));
        Assert.True(new DocumentKind("Other").IsBuiltIn);
        Assert.False(new DocumentKind("Custom-1").IsBuiltIn);
        Assert.Equal(5, DocumentKind.BuiltIn.Count);
        Assert.Equal("Custom-1", DocumentKindText.Title(new DocumentKind("Custom-1")));
        Assert.False(DocumentTypeCatalog.Default.Contains(new DocumentKind("Custom-1")));
        Assert.False(DocumentTypeCatalog.Default.IsActive(new DocumentKind("Custom-1")));
    }
}
