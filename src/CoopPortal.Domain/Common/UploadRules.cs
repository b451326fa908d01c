namespace CoopPortal.Domain.Common;

/// <summary>
/// What may be uploaded: PDF, JPEG or PNG, recognized by their first bytes (magic numbers), never by the file name,
/// and kept under a name ending in the detected type's extension; at most so many files and so many bytes per case
/// (an application, an assembly, a declaration).
/// </summary>
public static class UploadRules
{
    public const long DefaultMaxBytes = 5 * 1024 * 1024;

    /// <summary>Files one case may hold at once (setting Uploads:MaxFilesPerCase).</summary>
    public const int DefaultMaxFilesPerCase = 15;

    /// <summary>Bytes all files of one case may hold together (setting Uploads:MaxBytesPerCase).</summary>
    public const long DefaultMaxBytesPerCase = 25 * 1024 * 1024;

    /// <summary>The longest file name kept (the column holds 255).</summary>
    public const int MaxFileNameLength = 120;

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

    public static string TooManyFiles(int maxFiles) =>
        $"این پرونده بیش از {PersianNumbers.Format(maxFiles)} فایل نمی‌پذیرد؛ برای افزودن فایل تازه، فایلی را که لازم نیست حذف کنید.";

    public static string CaseTooLarge(long maxBytesPerCase) =>
        $"حجم همه فایل‌های این پرونده با هم بیش از {PersianNumbers.Format(Math.Max(1, maxBytesPerCase / (1024 * 1024)))} مگابایت نمی‌شود؛ فایل کوچک‌تری بارگذاری کنید یا فایلی را حذف کنید.";

    /// <summary>
    /// The message when one more file of <paramref name="size"/> bytes would pass the case's cap, given the sizes of
    /// the files it holds; null when it fits.
    /// </summary>
    public static string? CheckCaseCap(IReadOnlyCollection<long> existingSizes, long size, int maxFiles, long maxBytesPerCase)
    {
        ArgumentNullException.ThrowIfNull(existingSizes);
        if (existingSizes.Count + 1 > maxFiles)
        {
            return TooManyFiles(maxFiles);
        }

        return existingSizes.Sum() + size > maxBytesPerCase ? CaseTooLarge(maxBytesPerCase) : null;
    }

    /// <summary>The extension a stored file of this (detected) content type carries.</summary>
    public static string ExtensionOf(string contentType) => contentType switch
    {
        "application/pdf" => ".pdf",
        "image/png" => ".png",
        "image/jpeg" => ".jpg",
        _ => throw new ArgumentOutOfRangeException(nameof(contentType), contentType, "Not an accepted upload type."),
    };

    /// <summary>
    /// The name a file is kept and offered under: <see cref="SafeFileName"/> of what the person called it, with its
    /// extension replaced by the detected type's («polyglot.html» holding a PDF becomes «polyglot.pdf»; «.jpeg» stays for
    /// a JPEG).
    /// </summary>
    public static string StoredFileName(string? name, string contentType)
    {
        var extension = ExtensionOf(contentType);
        var safe = SafeFileName(name);
        var current = Path.GetExtension(safe);
        if (string.Equals(current, extension, StringComparison.OrdinalIgnoreCase)
            || (extension == ".jpg" && string.Equals(current, ".jpeg", StringComparison.OrdinalIgnoreCase)))
        {
            return safe;
        }

        var stem = current.Length > 0 ? safe[..^current.Length] : safe;
        stem = stem.TrimEnd('.', ' ');
        if (stem.Length == 0)
        {
            stem = "document";
        }

        var room = MaxFileNameLength - extension.Length;
        return (stem.Length <= room ? stem : stem[..room]) + extension;
    }

    public static string TooLarge(long maxBytes) =>
        $"حجم فایل بیش از {Common.PersianNumbers.Format(Math.Max(1, maxBytes / (1024 * 1024)))} مگابایت است؛ فایل کوچک‌تری بارگذاری کنید.";

    /// <summary>
    /// A safe file name to show and to offer on download: no folders, no control or other invisible characters (bidi
    /// overrides included, see <see cref="PersianText.IsInvisible"/>), at most 120 characters.
    /// </summary>
    public static string SafeFileName(string? name)
    {
        var baseName = Path.GetFileName((name ?? string.Empty).Replace('\\', '/'));
        var cleaned = new string(baseName.Where(c => !char.IsControl(c) && c is not ('"' or '/' or ':' or '*' or '?' or '<' or '>' or '|')).ToArray());
        cleaned = Common.PersianText.Normalize(cleaned);
        if (cleaned.Length == 0)
        {
            cleaned = "document";
        }

        return cleaned.Length <= MaxFileNameLength ? cleaned : cleaned[..60] + "…" + cleaned[^59..];
    }
}
