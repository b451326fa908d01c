using CoopPortal.Domain.Certificates;

namespace CoopPortal.UnitTests.Certificates;

public sealed class VerificationCodeTests
{
    [Theory]
    [InlineData(new byte[] { 0x66 }, "my")]
    [InlineData(new byte[] { 0x66, 0x6f, 0x6f, 0x62, 0x61, 0x72 }, "mzxw6ytboi")] // RFC 4648 "foobar", lower case, no padding
    public void Encodes_base32_as_rfc_4648_without_padding(byte[] bytes, string expected) =>
        Assert.Equal(expected, VerificationCode.Encode(bytes));

    [Fact]
    public void New_codes_carry_128_bits_in_26_characters_and_do_not_repeat()
    {
        var codes = Enumerable.Range(0, 10_000).Select(_ => VerificationCode.New()).ToList();
        Assert.All(codes, code => Assert.True(VerificationCode.IsWellFormed(code), code));
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(VerificationCode.Length, codes[0].Length);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("abcdefghijklmnopqrstuvwxy")] // 25
    [InlineData("abcdefghijklmnopqrstuvwxyz2")] // 27
    [InlineData("ABCDEFGHIJKLMNOPQRSTUVWXYZ")] // upper case is not the alphabet
    [InlineData("abcdefghijklmnopqrstuvwxy1")] // 1 is not in base32
    [InlineData("' or 1=1 --aaaaaaaaaaaaaaaa")]
    public void Anything_else_is_not_a_code(string? input) => Assert.False(VerificationCode.IsWellFormed(input));
}
