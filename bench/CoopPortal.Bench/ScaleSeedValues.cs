using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using CoopPortal.Application.Common.Formatting;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Formation;

namespace CoopPortal.Bench;

/// <summary>
/// Deterministic values for the scale seed: ordered ids (rows arrive in key order, so the primary keys grow at the
/// right edge), unique tracking codes, valid national codes and company national IDs, and random draws.
/// </summary>
internal static class ScaleSeedValues
{
    /// <summary>The portal's JSON for jsonb columns (JsonColumn: web defaults, enums by name).</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>A uuid made of a table tag and a running number: unique per tag, ascending in PostgreSQL's order.</summary>
    public static Guid OrderedId(int tag, long number) => new(
        tag, 0, 0x4000, 0x80,
        (byte)(number >> 48), (byte)(number >> 40), (byte)(number >> 32), (byte)(number >> 24), (byte)(number >> 16), (byte)(number >> 8), (byte)number);

    private const long CodeSpace = 852_891_037_441; // 31^8

    /// <summary>The <paramref name="number"/>th code of a series, 4-4 from TrackingCode's alphabet; a bijection on 31^8, so never repeated.</summary>
    public static string Code(long number, long series)
    {
        var value = (long)((UInt128)(ulong)(number + (series * 1_000_003_003)) * 387_420_489_001UL % (ulong)CodeSpace); // multiplier coprime with 31
        Span<char> chars = stackalloc char[9];
        for (var i = 8; i >= 0; i--)
        {
            if (i == 4)
            {
                chars[i] = '-';
                continue;
            }

            chars[i] = TrackingCode.Alphabet[(int)(value % 31)];
            value /= 31;
        }

        return new string(chars);
    }

    /// <summary>A valid national code (کد ملی) for a 9-digit body, with its check digit.</summary>
    public static string NationalCode(long body)
    {
        var digits = body.ToString("000000000", CultureInfo.InvariantCulture);
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += (digits[i] - '0') * (10 - i);
        }

        var r = sum % 11;
        return digits + (r < 2 ? r : 11 - r).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>A valid 11-digit company national ID (شناسه ملی) for a 10-digit body, with its check digit.</summary>
    public static string CompanyNationalId(long body)
    {
        var digits = body.ToString("0000000000", CultureInfo.InvariantCulture);
        int[] weights = [29, 27, 23, 19, 17];
        var k = digits[9] - '0' + 2;
        var sum = 0;
        for (var i = 0; i < 10; i++)
        {
            sum += (k + digits[i] - '0') * weights[i % 5];
        }

        var r = sum % 11;
        return digits + (r == 10 ? 0 : r).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Midnight in Iran at the start of a Jalali date, in UTC.</summary>
    public static DateTime StartOfUtc(DateOnly date) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(date.ToDateTime(TimeOnly.MinValue), DateTimeKind.Unspecified), PersianFormat.TimeZone);

    /// <summary>The first moment of a Jalali year in UTC.</summary>
    public static DateTime YearStartUtc(int jalaliYear) => StartOfUtc(JalaliDate.FromParts(jalaliYear, 1, 1)!.Value);

    /// <summary>The Jalali year of a UTC instant (in Iran's time).</summary>
    public static int JalaliYearOf(DateTime utc) => JalaliDate.YearOf(PersianFormat.LocalDate(utc));

    /// <summary>An exponential delay with the given mean, in days (at least a few minutes).</summary>
    public static TimeSpan Days(this Random random, double meanDays) =>
        TimeSpan.FromDays(Math.Max(0.003, -meanDays * Math.Log(1 - random.NextDouble())));

    /// <summary>True with probability <paramref name="p"/>.</summary>
    public static bool Chance(this Random random, double p) => random.NextDouble() < p;

    /// <summary>A log-normal draw around <paramref name="median"/> (sigma on the log scale).</summary>
    public static double LogNormal(this Random random, double median, double sigma)
    {
        var u1 = 1 - random.NextDouble();
        var u2 = random.NextDouble();
        var normal = Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
        return median * Math.Exp(sigma * normal);
    }
}

/// <summary>Picks items by weight (cumulative table, binary search).</summary>
internal sealed class Weighted<T>
{
    private readonly T[] _items;
    private readonly double[] _cumulative;

    public Weighted(IEnumerable<(T Item, double Weight)> entries)
    {
        var list = entries.Where(e => e.Weight > 0).ToList();
        if (list.Count == 0)
        {
            throw new InvalidOperationException("Nothing to choose from.");
        }

        _items = list.Select(e => e.Item).ToArray();
        _cumulative = new double[list.Count];
        var total = 0.0;
        for (var i = 0; i < list.Count; i++)
        {
            total += list[i].Weight;
            _cumulative[i] = total;
        }
    }

    public IReadOnlyList<T> Items => _items;

    public T Next(Random random)
    {
        var x = random.NextDouble() * _cumulative[^1];
        var i = Array.BinarySearch(_cumulative, x);
        return _items[Math.Min(_items.Length - 1, i < 0 ? ~i : i + 1)];
    }
}
