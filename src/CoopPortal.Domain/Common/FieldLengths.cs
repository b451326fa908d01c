namespace CoopPortal.Domain.Common;

/// <summary>
/// The longest text each stored field takes, in one place: the EF configurations give the columns these lengths
/// (<c>HasMaxLength</c>), the domain keeps at most this much (<see cref="Fit"/>) and the pages say so beside the field
/// (<see cref="Check"/>) — so a value too long for its column is never sent to the database. A test walks the EF model:
/// every string column has a maximum or is listed there as unbounded with its reason.
/// </summary>
public static class FieldLengths
{
    /// <summary>A person's full name or father's name (members, officers, managers, accounts).</summary>
    public const int PersonName = 100;

    /// <summary>A cooperative's name, proposed or registered, and its comparison key.</summary>
    public const int CooperativeName = 200;

    /// <summary>A code typed as text before it is checked: national code, postal code, phone, mobile, a Jalali date.</summary>
    public const int TypedCode = 20;

    public const int ActivityDescription = 2000;

    public const int Address = 500;

    public const int InKindDescription = 1000;

    /// <summary>A reviewer's correction request.</summary>
    public const int CorrectionComment = 4000;

    /// <summary>The comment given when a case is sent back.</summary>
    public const int ReturnComment = 2000;

    public const int RevocationReason = 1000;

    /// <summary>Why a cooperative's status changed (a dormancy case's closure, a dissolution decision).</summary>
    public const int StatusReason = 2000;

    /// <summary>The legal ground a status change rests on (the act's article, a court ruling's number).</summary>
    public const int LegalGround = 500;

    public const int InspectionFindings = 4000;

    /// <summary>A reviewer's short reason for shortlisting a cooperative for the festival.</summary>
    public const int NominationReason = 500;

    /// <summary>An uploaded file's name as kept (the rule that makes it is <see cref="UploadRules.StoredFileName"/>).</summary>
    public const int FileName = 255;

    /// <summary>An Identity user id (ASP.NET Core Identity's own column length).</summary>
    public const int UserId = 450;

    /// <summary>The Persian message beside a field whose text is longer than <paramref name="max"/>.</summary>
    public static string TooLong(int max) =>
        $"این بخش حداکثر {PersianNumbers.Format(max)} نویسه می‌پذیرد؛ کوتاه‌ترش کنید.";

    /// <summary>The message for a text longer than <paramref name="max"/> once normalized (as it would be stored), or null.</summary>
    public static string? Check(string? text, int max) =>
        PersianText.Normalize(text).Length > max ? TooLong(max) : null;

    /// <summary>A staff member's text (a comment, a reason) longer than <paramref name="max"/> is refused with the Persian message.</summary>
    public static string Ensure(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length > max ? throw new DomainException(TooLong(max)) : text;
    }

    /// <summary>
    /// The text as stored when it may hold at most <paramref name="max"/> characters: what is longer is cut there
    /// (never inside a surrogate pair), so the rest of a draft is saved and the page says what to shorten.
    /// </summary>
    public static string Fit(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= max)
        {
            return text;
        }

        var end = char.IsHighSurrogate(text[max - 1]) ? max - 1 : max;
        return text[..end].TrimEnd();
    }
}
