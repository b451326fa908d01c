namespace CoopPortal.UnitTests.TestSupport;

/// <summary>
/// The check-digit formulas of domain.md, written again independently of the production code so that tests compare
/// two implementations rather than one with itself.
/// </summary>
public static class Checksums
{
    /// <summary>domain.md: s = sum d[i] * (10 - i) for i = 0..8; r = s mod 11; check = r when r &lt; 2, else 11 - r.</summary>
    public static int NationalCodeCheckDigit(string nineDigits)
    {
        ArgumentNullException.ThrowIfNull(nineDigits);
        if (nineDigits.Length != 9)
        {
            throw new ArgumentException("Nine digits expected.", nameof(nineDigits));
        }

        var s = 0;
        for (var i = 0; i < 9; i++)
        {
            s += (nineDigits[i] - '0') * (10 - i);
        }

        var r = s % 11;
        return r < 2 ? r : 11 - r;
    }

    /// <summary>Appends the check digit to nine digits.</summary>
    public static string CompleteNationalCode(string nineDigits) =>
        nineDigits + (char)('0' + NationalCodeCheckDigit(nineDigits));

    /// <summary>
    /// domain.md: k = d[9] + 2; s = sum over i = 0..9 of (k + d[i]) * c[i mod 5], c = [29, 27, 23, 19, 17];
    /// r = s mod 11, 0 when 10. Returns the expected d[10].
    /// </summary>
    public static int CompanyNationalIdCheckDigit(string tenDigits)
    {
        ArgumentNullException.ThrowIfNull(tenDigits);
        if (tenDigits.Length != 10)
        {
            throw new ArgumentException("Ten digits expected.", nameof(tenDigits));
        }

        int[] c = [29, 27, 23, 19, 17];
        var k = (tenDigits[9] - '0') + 2;
        var s = 0;
        for (var i = 0; i < 10; i++)
        {
            s += (k + (tenDigits[i] - '0')) * c[i % 5];
        }

        var r = s % 11;
        return r == 10 ? 0 : r;
    }

    public static string CompleteCompanyNationalId(string tenDigits) =>
        tenDigits + (char)('0' + CompanyNationalIdCheckDigit(tenDigits));

    /// <summary>A small deterministic generator (LCG), so property-style tests are repeatable without System.Random.</summary>
    public static IEnumerable<string> PseudoRandomDigitStrings(int count, int length, uint seed)
    {
        var state = seed;
        for (var n = 0; n < count; n++)
        {
            var chars = new char[length];
            for (var i = 0; i < length; i++)
            {
                state = unchecked((state * 1664525u) + 1013904223u);
                chars[i] = (char)('0' + (int)((state >> 16) % 10));
            }

            yield return new string(chars);
        }
    }
}
