using CoopPortal.Application.Accounts;

namespace CoopPortal.UnitTests.TestSupport;

/// <summary>A tiny stand-in for the shipped common-password list.</summary>
public sealed class FakeCommonPasswords : ICommonPasswords
{
    public const string ListedLong = "password1234";
    public const string ListedLongWithPersianDigits = "password\u06F1\u06F2\u06F3\u06F4"; // password۱۲۳۴

    private static readonly HashSet<string> Listed = new(StringComparer.Ordinal)
    {
        ListedLong,
        "qwertyuiop123",
        "123456789012",
        "iloveyou2024!",
        "password",
    };

    public bool Contains(string password) => Listed.Contains(password);
}
