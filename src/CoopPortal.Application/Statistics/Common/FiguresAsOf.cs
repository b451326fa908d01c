using CoopPortal.Application.Common.Formatting;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Domain.Common;

namespace CoopPortal.Application.Statistics.Common;

/// <summary>What the statistics say about how current their numbers are (the page, and the heading of every export).</summary>
public static class FiguresAsOf
{
    /// <summary>Said when the replica is configured but down, so the numbers came from the primary.</summary>
    public const string FromPrimary = "نسخه خواندنی پایگاه داده در دسترس نیست؛ این ارقام از پایگاه داده اصلی خوانده شده‌اند.";

    /// <summary>Said when the replica cannot tell how current it is (it has replayed nothing since it started).</summary>
    public const string Unknown = "زمان به‌روز بودن ارقام معلوم نیست";

    /// <summary>«ارقام تا ساعت ۱۴:۰۵ روز ۱۴۰۵/۰۹/۱۴», Iran time, in Persian digits or (CSV, Excel) ASCII digits.</summary>
    public static string Line(DataAsOf asOf, bool persianDigits = true)
    {
        ArgumentNullException.ThrowIfNull(asOf);
        if (asOf.AtUtc is not { } at)
        {
            return Unknown;
        }

        var text = $"ارقام تا ساعت {PersianFormat.Time(at)} روز {PersianFormat.Date(at)}";
        return persianDigits ? text : PersianDigits.ToAscii(text);
    }
}
