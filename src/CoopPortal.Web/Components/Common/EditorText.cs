using System.Globalization;
using CoopPortal.Application.Common.Formatting;
using CoopPortal.Application.Common.Results;

namespace CoopPortal.Web.Components.Common;

/// <summary>The words every editor page says about a change: saved at a time, not saved and why, an upload cut off.</summary>
internal static class EditorText
{
    public const string SeeFieldMessages = "ذخیره نشد؛ پیام کنار همان مورد را ببینید.";

    public const string UploadBroken = "بارگذاری فایل کامل نشد؛ اتصال را بررسی کنید و دوباره تلاش کنید.";

    public const string NotDone = "کار انجام نشد؛ دوباره تلاش کنید.";

    /// <summary>Said while the database cannot be reached and the change waits to be tried again.</summary>
    public const string NotSavedYet = "هنوز ذخیره نشده است: ارتباط با پایگاه داده موقتاً قطع است. آنچه نوشته‌اید در همین صفحه نگه داشته شده و به‌محض برقراری ارتباط خودکار ذخیره می‌شود؛ صفحه را نبندید.";

    /// <summary>Said when a file could not be taken because the database cannot be reached (a file is not kept to try again).</summary>
    public const string UploadWhileOffline = "فایل بارگذاری نشد: ارتباط با پایگاه داده موقتاً قطع است. چند لحظه دیگر دوباره بارگذاری کنید.";

    /// <summary>«ذخیره شد، ساعت ۱۴:۰۵:۰۹» in Iran's time (another opening word may stand for «ذخیره شد»).</summary>
    public static string SavedAt(TimeProvider clock, string what = "ذخیره شد") => $"{what}، ساعت {Time(clock)}";

    /// <summary>Now in Iran as HH:mm:ss with Persian digits.</summary>
    public static string Time(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var local = TimeZoneInfo.ConvertTimeFromUtc(clock.GetUtcNow().UtcDateTime, PersianFormat.TimeZone);
        return PersianFormat.Digits(local.ToString("HH:mm:ss", CultureInfo.InvariantCulture));
    }

    /// <summary>A refusal in one line: the field messages joined, or the result's own message.</summary>
    public static string Failure(Result result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Kind == ErrorKind.Validation && result.Errors.Count > 0
            ? string.Join(" ", result.Errors.SelectMany(e => e.Value).Distinct(StringComparer.Ordinal))
            : result.Message ?? NotDone;
    }
}
