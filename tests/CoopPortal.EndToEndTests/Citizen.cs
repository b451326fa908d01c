using CoopPortal.Testing;

namespace CoopPortal.EndToEndTests;

/// <summary>
/// A made-up citizen with a national code valid by the checksum and a mobile of their own (the SMS a registration sends
/// is read from it), both unique to the test run.
/// </summary>
internal sealed record Citizen(string FullNameAsTyped, string FullName, string NationalCode, string Mobile, string Email, string Password)
{
    public string NationalCodeAsTyped => CoopPortal.Domain.Common.PersianDigits.ToPersian(NationalCode);

    /// <summary>The mobile as typed on the form: Persian digits (stored as <see cref="Mobile"/>, ASCII).</summary>
    public string MobileAsTyped => CoopPortal.Domain.Common.PersianDigits.ToPersian(Mobile);

    public static Citizen Create()
    {
        var code = TestNationalCodes.Next();

        // Typed with Arabic ي and ك, as many keyboards produce them; stored and shown with Persian ی and ک.
        return new Citizen("مريم كاظمي", "مریم کاظمی", code, "0912" + code[3..], $"maryam.{code}@example.ir", "bahar-dar-zanjan-1405");
    }
}
