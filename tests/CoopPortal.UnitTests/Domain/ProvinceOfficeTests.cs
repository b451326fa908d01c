using CoopPortal.Domain.Common;
using CoopPortal.Domain.ReferenceData;

namespace CoopPortal.UnitTests.Domain;

/// <summary>A province office's contact details: telephones kept as identifiers (ASCII digits), texts normalized.</summary>
public sealed class ProvinceOfficeTests
{
    [Theory]
    [InlineData("۰۲۴-۳۳۴۲۱۲۳۴", "024-33421234")]
    [InlineData("٠٢٤ ٣٣٤٢١٢٣٤", "024 33421234")]
    [InlineData("۰۲۴-۳۳۴۲۱۲۳۴، ۰۲۴-۳۳۴۲۱۲۳۵", "024-33421234, 024-33421235")]
    [InlineData("  +98 (24)   33421234 ", "+98 (24) 33421234")]
    [InlineData(null, "")]
    public void A_telephone_is_kept_with_ASCII_digits_and_single_spaces(string? typed, string kept)
    {
        var office = ProvinceOffice.Create(14, null, typed, null);

        Assert.Equal(kept, office.Phone);
    }

    [Fact]
    public void Several_telephones_are_listed_one_by_one()
    {
        var office = ProvinceOffice.Create(14, null, "۰۲۴-۳۳۴۲۱۲۳۴، 024-33421235 ,", null);

        Assert.Equal(["024-33421234", "024-33421235"], office.PhoneNumbers);
    }

    [Theory]
    [InlineData("تلفن ندارد")]
    [InlineData("024-3342x1234")]
    [InlineData("1234")]
    public void A_telephone_with_letters_or_too_few_digits_is_refused_with_the_Persian_message(string typed)
    {
        Assert.Equal([new FieldProblem(ProvinceOffice.PhoneField, ProvinceOffice.PhoneInvalid)], ProvinceOffice.Check(null, typed, null));
        Assert.Throws<DomainException>(() => ProvinceOffice.Create(14, null, typed, null));
    }

    [Fact]
    public void Texts_are_normalized_and_too_long_ones_are_refused_with_the_length()
    {
        var office = ProvinceOffice.Create(14, "زنجان،  خيابان   كشاورز", null, "شنبه تا چهارشنبه");
        var tooLong = ProvinceOffice.Check(new string('ا', ProvinceOffice.AddressMaxLength + 1), null, new string('ب', ProvinceOffice.WorkingHoursMaxLength + 1)).ToList();

        Assert.Equal("زنجان، خیابان کشاورز", office.Address);
        Assert.False(office.IsEmpty);
        Assert.Equal(
            [new FieldProblem(ProvinceOffice.AddressField, FieldLengths.TooLong(500)), new FieldProblem(ProvinceOffice.WorkingHoursField, FieldLengths.TooLong(200))],
            tooLong);
    }

    [Fact]
    public void An_office_with_every_part_empty_is_empty()
    {
        Assert.True(ProvinceOffice.Create(14, " ", "", null).IsEmpty);
    }
}
