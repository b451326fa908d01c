using CoopPortal.Domain.Common;

namespace CoopPortal.Application.Accounts;

/// <summary>
/// The password rule (issue 2, after NIST SP 800-63B): long enough, not a known common password, not the person's own
/// national code or mobile number. No composition rules (no "one upper case, one symbol"). Issue 15: the base word
/// (<see cref="PasswordBaseWord"/>: Password123! and P@ssw0rd2024 are "password") must not be a common password either,
/// nor be made of the portal's context words (<see cref="PasswordContextWords"/>: coopportal1405, zanjan123456).
/// </summary>
public sealed class PasswordPolicy(ICommonPasswords commonPasswords)
{
    public const int MinimumLength = 12;
    public const int MaximumLength = 128;

    public const string TooShort = "رمز عبور باید دست‌کم ۱۲ نویسه باشد. یک عبارت چندکلمه‌ای که به خاطر می‌سپارید بهترین انتخاب است.";
    public const string TooLong = "رمز عبور نباید بیش از ۱۲۸ نویسه باشد.";
    public const string TooCommon = "این رمز عبور بسیار رایج است و به‌سادگی حدس زده می‌شود؛ رمز دیگری انتخاب کنید.";
    public const string ContainsContextWord = "رمز عبور نباید بر پایه نام سامانه، واژه «تعاون» یا نام استان باشد؛ چند واژه نامرتبط کنار هم انتخاب کنید.";
    public const string ContainsPersonalData = "رمز عبور نباید کد ملی یا شماره تلفن همراه شما را در خود داشته باشد.";

    /// <summary>The Persian messages for what is wrong with <paramref name="password"/>; empty when it is acceptable.</summary>
    public IReadOnlyList<string> Check(string? password, string? nationalCode = null, string? mobile = null)
    {
        var problems = new List<string>();
        var value = password ?? string.Empty;
        var length = new System.Globalization.StringInfo(value).LengthInTextElements;
        if (length < MinimumLength)
        {
            problems.Add(TooShort);
        }
        else if (length > MaximumLength)
        {
            problems.Add(TooLong);
        }

        var ascii = PersianDigits.ToAscii(value);
        var baseWord = PasswordBaseWord.Of(value);
        if (value.Length > 0 && (commonPasswords.Contains(value) || commonPasswords.Contains(ascii) || IsRepetitive(ascii)
            || (baseWord.Length > 0 && commonPasswords.Contains(baseWord))))
        {
            problems.Add(TooCommon);
        }
        else if (baseWord.Length > 0 && PasswordBaseWord.IsMostlyContext(baseWord, PasswordContextWords.All))
        {
            problems.Add(ContainsContextWord);
        }

        if ((nationalCode is { Length: 10 } && ascii.Contains(nationalCode, StringComparison.Ordinal))
            || (mobile is { Length: >= 10 } && (ascii.Contains(mobile, StringComparison.Ordinal) || ascii.Contains(mobile[1..], StringComparison.Ordinal))))
        {
            problems.Add(ContainsPersonalData);
        }

        return problems;
    }

    /// <summary>One character repeated, or a short block repeated (abcabcabcabc), is as weak as a listed password.</summary>
    private static bool IsRepetitive(string value)
    {
        if (value.Length == 0)
        {
            return false;
        }

        for (var period = 1; period <= 3 && period < value.Length; period++)
        {
            var repeats = true;
            for (var i = period; i < value.Length && repeats; i++)
            {
                repeats = value[i] == value[i - period];
            }

            if (repeats)
            {
                return true;
            }
        }

        return false;
    }
}
