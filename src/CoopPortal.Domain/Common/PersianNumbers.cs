using System.Globalization;

namespace CoopPortal.Domain.Common;

/// <summary>Numbers as Persian readers write them: Persian digits, ٬ between thousands.</summary>
public static class PersianNumbers
{
    public static string Format(long value) =>
        PersianDigits.ToPersian(value.ToString("#,0", CultureInfo.InvariantCulture)).Replace(',', '٬');
}
