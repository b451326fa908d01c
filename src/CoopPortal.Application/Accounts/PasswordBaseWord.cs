using CoopPortal.Domain.Common;

namespace CoopPortal.Application.Accounts;

/// <summary>
/// The word a password is built on: digits and symbols stripped from both ends (Password123! → Password), common
/// letter substitutions undone (P@ssw0rd → password), what remains reduced to its letters in lower case.
/// </summary>
public static class PasswordBaseWord
{
    /// <summary>The base word, or the empty string when the password has no letters.</summary>
    public static string Of(string? password)
    {
        var value = PersianDigits.ToAscii(password ?? string.Empty);
        var start = 0;
        var end = value.Length;
        while (start < end && !char.IsLetter(value[start]))
        {
            start++;
        }

        while (end > start && !char.IsLetter(value[end - 1]))
        {
            end--;
        }

        var letters = new System.Text.StringBuilder(end - start);
        foreach (var c in value.AsSpan(start, end - start))
        {
            var plain = Unleet(c);
            if (char.IsLetter(plain))
            {
                letters.Append(char.ToLowerInvariant(plain));
            }
        }

        return letters.ToString();
    }

    private static char Unleet(char c) => c switch
    {
        '@' or '4' => 'a',
        '0' => 'o',
        '1' or '!' or '|' => 'i',
        '3' => 'e',
        '5' or '$' => 's',
        '7' or '+' => 't',
        '8' => 'b',
        '9' => 'g',
        _ => c,
    };

    /// <summary>
    /// True when <paramref name="baseWord"/> is made of context words with fewer than four other letters left
    /// (coopportal1405 and zanjan123456 are refused; bahar-dar-zanjan-1405 is not).
    /// </summary>
    public static bool IsMostlyContext(string baseWord, IEnumerable<string> contextWords)
    {
        ArgumentNullException.ThrowIfNull(baseWord);
        ArgumentNullException.ThrowIfNull(contextWords);
        var rest = baseWord;
        var found = false;
        foreach (var word in contextWords)
        {
            if (word.Length > 0 && rest.Contains(word, StringComparison.Ordinal))
            {
                rest = rest.Replace(word, string.Empty, StringComparison.Ordinal);
                found = true;
            }
        }

        return found && rest.Length < 4;
    }
}
