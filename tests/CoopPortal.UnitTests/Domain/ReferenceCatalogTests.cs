using CoopPortal.Domain.Common;
using CoopPortal.Domain.ReferenceData;

namespace CoopPortal.UnitTests.Domain;

public sealed class ReferenceCatalogTests
{
    public static TheoryData<string> ListNames => ["activity", "membership", "orientation"];

    private static IReadOnlyList<LookupItem> List(string name) => name switch
    {
        "activity" => ReferenceCatalog.ActivityTypes,
        "membership" => ReferenceCatalog.MembershipTypes,
        "orientation" => ReferenceCatalog.Orientations,
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [InlineData("activity", 3)]
    [InlineData("membership", 4)]
    [InlineData("orientation", 19)]
    public void Lists_have_the_expected_number_of_entries(string list, int count)
    {
        Assert.Equal(count, List(list).Count);
    }

    [Theory]
    [MemberData(nameof(ListNames))]
    public void Ids_are_unique_and_positive(string list)
    {
        var items = List(list);

        Assert.Equal(items.Count, items.Select(i => i.Id).Distinct().Count());
        Assert.All(items, i => Assert.True(i.Id > 0));
    }

    [Theory]
    [MemberData(nameof(ListNames))]
    public void Codes_are_unique_and_lower_case_ascii(string list)
    {
        var items = List(list);

        Assert.Equal(items.Count, items.Select(i => i.Code).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(items, i => Assert.Matches("^[a-z]+(-[a-z]+)*$", i.Code));
    }

    [Theory]
    [MemberData(nameof(ListNames))]
    public void Titles_are_already_normalized_persian(string list)
    {
        Assert.All(List(list), item =>
        {
            Assert.DoesNotContain('\u064A', item.Title); // Arabic ي
            Assert.DoesNotContain('\u0643', item.Title); // Arabic ك
            Assert.DoesNotContain('\u0649', item.Title); // alef maksura
            Assert.Equal(PersianText.Normalize(item.Title), item.Title);
            Assert.False(string.IsNullOrWhiteSpace(item.Title));
        });
    }

    [Theory]
    [MemberData(nameof(ListNames))]
    public void Titles_are_unique_and_entries_active_and_ordered(string list)
    {
        var items = List(list);

        Assert.Equal(items.Count, items.Select(i => PersianText.ComparisonKey(i.Title)).Distinct(StringComparer.Ordinal).Count());
        Assert.All(items, i => Assert.True(i.IsActive));
        Assert.Equal(items.Count, items.Select(i => i.SortOrder).Distinct().Count());
    }
}
