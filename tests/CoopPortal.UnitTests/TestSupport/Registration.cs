using CoopPortal.Application.Accounts;
using CoopPortal.Application.Accounts.Register;

namespace CoopPortal.UnitTests.TestSupport;

/// <summary>Builders for registration tests.</summary>
public static class Registration
{
    public const string Passphrase = "کتاب سبز روی میز چوبی";

    public static RegisterCitizenValidator Validator() => new(new PasswordPolicy(new FakeCommonPasswords()));

    /// <summary>A valid registration as a person might type it: Arabic letters, Persian digits, mixed-case domain.</summary>
    public static RegisterCitizenCommand ValidCommand() => new()
    {
        FullName = "  \u0639\u0644\u064A   \u0643\u0631\u064A\u0645\u064A  ", // "علي   كريمي" with Arabic yeh and kaf
        NationalCode = "\u06F0\u06F0\u06F7\u06F6\u06F2\u06F2\u06F9\u06F6\u06F4\u06F5", // ۰۰۷۶۲۲۹۶۴۵
        Mobile = "\u06F0\u06F9\u06F1\u06F2 \u06F1\u06F2\u06F3 \u06F4\u06F5\u06F6\u06F7", // ۰۹۱۲ ۱۲۳ ۴۵۶۷
        Email = " Ali.Karimi@Example.COM ",
        Password = Passphrase,
        ConfirmPassword = Passphrase,
    };

    public const string ExpectedFullName = "\u0639\u0644\u06CC \u06A9\u0631\u06CC\u0645\u06CC"; // علی کریمی
    public const string ExpectedNationalCode = "0076229645";
    public const string ExpectedMobile = "09121234567";
    public const string ExpectedEmail = "Ali.Karimi@example.com";
}
