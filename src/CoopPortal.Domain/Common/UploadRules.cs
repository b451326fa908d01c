namespace CoopPortal.Domain.Common;

/// <summary>
/// What may be uploaded: PDF, JPEG or PNG, recognized by their first bytes (magic numbers), never by the file name.
/// </summary>
public static class UploadRules
{
    public const long DefaultMaxBytes = 5 * 1024 * 1024;

    public const string TypeNotAllowed = "فقط فایل PDF، JPEG یا PNG پذیرفته می‌شود؛ محتوای این فایل هیچ‌کدام از این‌ها نیست.";
    public const string EmptyFile = "فایل خالی است؛ فایل دیگری انتخاب کنید.";

    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];

    /// <summary>The content type the bytes really are, or null when they are none of the accepted kinds.</summary>
    public static string? DetectContentType(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith(Pdf))
        {
            return "application/pdf";
        }

        if (head.StartsWith(Png))
        {
            return "image/png";
        }

        return head.StartsWith(Jpeg) ? "image/jpeg" : null;
    }

    public static string TooLarge(long maxBytes) =>
        $"حجم فایل بیش از {Common.PersianNumbers.Format(Math.Max(1, maxBytes / (1024 * 1024)))} مگابایت است؛ فایل کوچک‌تری بارگذاری کنید.";

    /// <summary>A safe file name to show and to offer on download: no folders, no control characters, at most 120 characters.</summary>
    public static string SafeFileName(string? name)
    {
        var baseName = Path.GetFileName((name ?? string.Empty).Replace('\\', '/'));
        var cleaned = new string(baseName.Where(c => !char.IsControl(c) && c is not ('"' or '/' or ':' or '*' or '?' or '<' or '>' or '|')).ToArray());
        cleaned = Common.PersianText.Normalize(cleaned);
        if (cleaned.Length == 0)
        {
            cleaned = "document";
        }

        return cleaned.Length <= 120 ? cleaned : cleaned[..60] + "…" + cleaned[^59..];
    }
}
