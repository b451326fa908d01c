using CoopPortal.Application.ReferenceData;

namespace CoopPortal.UnitTests.Application;

/// <summary>Two readings of the reference lists are the same when every entry is: then every page shares one instance.</summary>
public sealed class LookupsTests
{
    private static Lookups Read(string countyTitle = "زنجان", bool orientationActive = true) => new(
        [new LookupOption(1, "خدماتی")],
        [new LookupOption(1, "عام")],
        [new LookupOption(1, "خدمات", orientationActive), new LookupOption(2, "کشاورزی")],
        [new LookupOption(14, "زنجان")],
        [new CountyOption(1, countyTitle, 14), new CountyOption(2, "ابهر", 14)]);

    [Fact]
    public void Two_readings_of_the_same_lists_are_the_same()
    {
        Assert.True(Read().SameAs(Read()));
    }

    [Fact]
    public void A_renamed_county_or_a_retired_orientation_makes_them_differ()
    {
        Assert.False(Read().SameAs(Read(countyTitle: "زنجان مرکزی")));
        Assert.False(Read().SameAs(Read(orientationActive: false)));
    }
}
