using CoopPortal.Application.Accounts;
using CoopPortal.Domain.Common;

namespace CoopPortal.Infrastructure.Identity;

/// <summary>The common-password list embedded from Identity/common-passwords.txt, loaded once per process.</summary>
public sealed class CommonPasswordList : ICommonPasswords
{
    private static readonly Lazy<HashSet<string>> Passwords = new(Load);

    public static int Count => Passwords.Value.Count;

    public bool Contains(string password) =>
        !string.IsNullOrEmpty(password) && Passwords.Value.Contains(PersianDigits.ToAscii(password).Trim());

    private static HashSet<string> Load()
    {
        var assembly = typeof(CommonPasswordList).Assembly;
        using var stream = assembly.GetManifestResourceStream("CoopPortal.Identity.common-passwords.txt")
            ?? throw new InvalidOperationException("The embedded common-password list is missing.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                set.Add(PersianDigits.ToAscii(line));
            }
        }

        return set;
    }
}
