using CoopPortal.Domain.Common;
using CoopPortal.Domain.Formation;
using static CoopPortal.UnitTests.Formation.TestApplications;

namespace CoopPortal.UnitTests.Formation;

/// <summary>What a person types for a member is stored normalized (domain.md, "Persian-locale conventions").</summary>
public sealed class MemberNormalizationTests
{
    private static Member Add(MemberDetails details) => Draft().AddMember(details, Now);

    [Theory]
    [InlineData("\u06F0\u06F0\u06F7\u06F6\u06F2\u06F2\u06F9\u06F6\u06F4\u06F5")] // ۰۰۷۶۲۲۹۶۴۵ Persian
    [InlineData("\u0660\u0660\u0667\u0666\u0662\u0662\u0669\u0666\u0664\u0665")] // ٠٠٧٦٢٢٩٦٤٥ Arabic-Indic
    [InlineData("007-622964-5")]
    [InlineData(" 0076229645 ")]
    [InlineData("76229645")]  // 8 digits
    [InlineData("076229645")] // 9 digits
    public void National_codes_are_stored_as_ten_ascii_digits(string typed)
    {
        var member = Add(ValidMember(0) with { NationalCode = typed });

        Assert.Equal("0076229645", member.NationalCode);
    }

    [Fact]
    public void A_nine_digit_code_is_left_padded()
    {
        var code = NationalCodeFor(3); // starts with "00"

        Assert.Equal(code, Add(ValidMember(0) with { NationalCode = code[1..] }).NationalCode);
    }

    [Fact]
    public void A_national_code_that_is_not_digits_is_kept_as_typed()
    {
        Assert.Equal("12ab", Add(ValidMember(0) with { NationalCode = " 12ab " }).NationalCode);
    }

    [Theory]
    [InlineData("۱۳۷۰/۵/۱۲", "1370/05/12")]
    [InlineData("۱۳۷۰/۰۵/۱۲", "1370/05/12")]
    [InlineData("1370-5-12", "1370/05/12")]
    [InlineData("1370.05.12", "1370/05/12")]
    [InlineData("\u0661\u0663\u0667\u0660/\u0665/\u0661\u0662", "1370/05/12")] // Arabic-Indic
    [InlineData("۱۳۷۰/۱۳/۰۱", "1370/13/01")] // invalid: kept as typed, in ASCII digits
    public void Birth_dates_are_stored_as_yyyy_mm_dd_in_ascii(string typed, string expected)
    {
        Assert.Equal(expected, Add(ValidMember(0) with { BirthDateJalali = typed }).BirthDateJalali);
    }

    [Theory]
    [InlineData("+989121234567")]
    [InlineData("00989121234567")]
    [InlineData("989121234567")]
    [InlineData("9121234567")]
    [InlineData("۰۹۱۲۱۲۳۴۵۶۷")]
    [InlineData("0912 123 4567")]
    public void Mobiles_are_stored_as_09_and_nine_digits(string typed)
    {
        Assert.Equal("09121234567", Add(ValidMember(0) with { Mobile = typed }).Mobile);
    }

    [Fact]
    public void Names_are_normalized_to_persian_letters()
    {
        var member = Add(ValidMember(0) with
        {
            FullName = "  \u0639\u0644\u064A   \u0643\u0631\u064A\u0645\u064A ", // علي  كريمي
            FatherName = "\u0645\u0635\u0637\u0641\u0649",                         // مصطفى
            InKindDescription = "\u064A\u0643 \u062F\u0633\u062A\u06AF\u0627\u0647", // يك دستگاه
        });

        Assert.Equal("علی کریمی", member.FullName);
        Assert.Equal("مصطفی", member.FatherName);
        Assert.Equal("یک دستگاه", member.InKindDescription);
        Assert.DoesNotContain('\u064A', member.FullName);
        Assert.DoesNotContain('\u0643', member.FullName);
    }

    [Fact]
    public void Amounts_are_kept_as_given()
    {
        var member = Add(ValidMember(0) with { ShareSubscribed = 12_345, AmountPaid = 678, InKindValue = 90, InKindDescription = "زمین" });

        Assert.Equal(12_345, member.ShareSubscribed);
        Assert.Equal(678, member.AmountPaid);
        Assert.Equal(90, member.InKindValue);
        Assert.True(member.HasInKind);
        Assert.False(Add(ValidMember(0) with { InKindValue = 0 }).HasInKind);
    }

    [Fact]
    public void Updating_a_member_normalizes_again_and_keeps_id_and_position()
    {
        var application = Draft();
        var member = application.AddMember(ValidMember(0), Now);
        application.AddMember(ValidMember(1), Now);

        application.UpdateMember(member.Id, ValidMember(0) with { Mobile = "+989351112233", NationalCode = PersianDigits.ToPersian(NationalCodeFor(5)) }, Now);

        var updated = application.Members[0];
        Assert.Equal(member.Id, updated.Id);
        Assert.Equal(1, updated.Position);
        Assert.Equal("09351112233", updated.Mobile);
        Assert.Equal(NationalCodeFor(5), updated.NationalCode);
    }

    [Fact]
    public void ToDetails_round_trips_the_stored_values()
    {
        var member = Add(ValidMember(2) with { Mobile = "+989121234567", BirthDateJalali = "۱۳۷۰/۵/۱۲" });

        Assert.Equal(
            new MemberDetails(member.FullName, member.FatherName, member.NationalCode, "1370/05/12", "09121234567", Share, Paid, null, string.Empty),
            member.ToDetails());
    }
}
