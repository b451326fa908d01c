using System.Globalization;

namespace CoopPortal.Testing;

/// <summary>National codes for test people: valid by the checksum, different for every call within a test run.</summary>
public static class TestNationalCodes
{
    private static int _next = (int)(DateTime.UtcNow.Ticks % 50_000);

    public static string Next()
    {
        while (true)
        {
            var prefix = (Interlocked.Increment(ref _next) * 104_729L % 1_000_000_000).ToString("D9", CultureInfo.InvariantCulture);
            var sum = 0;
            for (var i = 0; i < 9; i++)
            {
                sum += (prefix[i] - '0') * (10 - i);
            }

            var remainder = sum % 11;
            var code = prefix + (remainder < 2 ? remainder : 11 - remainder).ToString(CultureInfo.InvariantCulture);
            if (code.Distinct().Count() > 1)
            {
                return code;
            }
        }
    }
}
