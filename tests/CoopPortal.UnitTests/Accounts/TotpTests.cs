using System.Text;
using CoopPortal.Infrastructure.Identity;
using CoopPortal.Testing;

namespace CoopPortal.UnitTests.Accounts;

/// <summary>The tests' RFC 6238 helper against the RFC's own test vectors, and the enrolment page's key and URI format.</summary>
public sealed class TotpTests
{
    private static readonly byte[] RfcKey = Encoding.ASCII.GetBytes("12345678901234567890");

    [Theory]
    [InlineData(59L, "94287082")]
    [InlineData(1111111109L, "07081804")]
    [InlineData(1111111111L, "14050471")]
    [InlineData(1234567890L, "89005924")]
    [InlineData(2000000000L, "69279037")]
    [InlineData(20000000000L, "65353130")]
    public void The_codes_are_those_of_RFC_6238_appendix_B_for_SHA1(long unixSeconds, string expected)
    {
        Assert.Equal(expected, Totp.Code(RfcKey, unixSeconds / 30, digits: 8));
        Assert.Equal(expected[2..], Totp.Code(RfcKey, unixSeconds / 30));
    }

    [Fact]
    public void A_Base32_key_decodes_in_any_case_with_spaces_and_gives_the_same_code()
    {
        Assert.Equal(RfcKey, Totp.Base32Decode("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"));
        Assert.Equal(RfcKey, Totp.Base32Decode("gezd gnbv gy3t qojq gezd gnbv gy3t qojq"));
        var at = DateTimeOffset.FromUnixTimeSeconds(1111111109);
        Assert.Equal("081804", Totp.Code("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", at));
        Assert.Throws<FormatException>(() => Totp.Base32Decode("ABC1"));
    }

    [Fact]
    public void The_demo_key_is_valid_Base32_of_160_bits()
    {
        Assert.Equal(20, Totp.Base32Decode(TestAccounts.AuthenticatorKey).Length);
    }

    [Fact]
    public void The_enrolment_page_groups_the_key_and_the_QR_carries_an_otpauth_uri()
    {
        Assert.Equal("coop port alde mo", TwoFactorAccounts.FormatKey("COOPPORTALDEMO"));
        Assert.Equal(
            "otpauth://totp/CoopPortal:0030000009?secret=ABCDEFGH&issuer=CoopPortal&digits=6",
            TwoFactorAccounts.AuthenticatorUri("0030000009", "ABCDEFGH"));
    }

    [Theory]
    [InlineData("۱۲۳ ۴۵۶", "123456")]
    [InlineData("123-456", "123456")]
    [InlineData(null, "")]
    public void A_typed_code_accepts_Persian_digits_spaces_and_dashes(string? typed, string expected)
    {
        Assert.Equal(expected, TwoFactorAccounts.NormalizeCode(typed));
    }
}
