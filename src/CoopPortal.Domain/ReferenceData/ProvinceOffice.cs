using System.Text.RegularExpressions;
using CoopPortal.Domain.Common;

namespace CoopPortal.Domain.ReferenceData;

/// <summary>
/// How to reach a province's cooperative office (اداره کل تعاون استان): its address, telephone and working hours, kept by
/// the administrator as reference data and shown on the public contact page. Every part is optional; a province with
/// none set has no row (the page says the details are not recorded yet).
/// </summary>
public sealed partial class ProvinceOffice
{
    public const int AddressMaxLength = FieldLengths.Address;
    public const int PhoneMaxLength = 100;
    public const int WorkingHoursMaxLength = 200;

    public const string AddressField = "Address";
    public const string PhoneField = "Phone";
    public const string WorkingHoursField = "WorkingHours";

    public const string PhoneInvalid =
        "تلفن را با رقم بنویسید، مانند 024-33421234؛ چند شماره را با ویرگول جدا کنید. جز رقم، فاصله، خط تیره، پرانتز، + و ویرگول چیزی پذیرفته نمی‌شود.";

    private ProvinceOffice(int provinceId, string address, string phone, string workingHours)
    {
        ProvinceId = provinceId;
        Address = address;
        Phone = phone;
        WorkingHours = workingHours;
    }

    public int ProvinceId { get; private set; }

    /// <summary>The office's postal address, normalized; empty when not recorded.</summary>
    public string Address { get; private set; }

    /// <summary>One or more telephone numbers, digits in ASCII (identifiers, written left to right); empty when not recorded.</summary>
    public string Phone { get; private set; }

    /// <summary>When the office receives people, normalized (e.g. «شنبه تا چهارشنبه، ۷:۳۰ تا ۱۴:۳۰»); empty when not recorded.</summary>
    public string WorkingHours { get; private set; }

    /// <summary>True when nothing is recorded: such a row is removed rather than kept.</summary>
    public bool IsEmpty => Address.Length == 0 && Phone.Length == 0 && WorkingHours.Length == 0;

    /// <summary>An office's details as typed, checked and normalized; a <see cref="DomainException"/> when a part is wrong.</summary>
    public static ProvinceOffice Create(int provinceId, string? address, string? phone, string? workingHours)
    {
        var office = new ProvinceOffice(provinceId, string.Empty, string.Empty, string.Empty);
        office.Change(address, phone, workingHours);
        return office;
    }

    public void Change(string? address, string? phone, string? workingHours)
    {
        ReferenceDataRules.Guard(Check(address, phone, workingHours));
        Address = PersianText.Normalize(address);
        Phone = NormalizePhone(phone);
        WorkingHours = PersianText.Normalize(workingHours);
    }

    /// <summary>The problems with what was typed, one per field at most, with the Persian message to show beside it.</summary>
    public static IEnumerable<FieldProblem> Check(string? address, string? phone, string? workingHours)
    {
        if (FieldLengths.Check(address, AddressMaxLength) is { } addressTooLong)
        {
            yield return new(AddressField, addressTooLong);
        }

        var normalizedPhone = NormalizePhone(phone);
        if (normalizedPhone.Length > PhoneMaxLength)
        {
            yield return new(PhoneField, FieldLengths.TooLong(PhoneMaxLength));
        }
        else if (normalizedPhone.Length > 0 && (!PhonePattern().IsMatch(normalizedPhone) || normalizedPhone.Count(char.IsAsciiDigit) < 5))
        {
            yield return new(PhoneField, PhoneInvalid);
        }

        if (FieldLengths.Check(workingHours, WorkingHoursMaxLength) is { } hoursTooLong)
        {
            yield return new(WorkingHoursField, hoursTooLong);
        }
    }

    /// <summary>Digits in ASCII, the Persian comma «،» as a comma, runs of spaces as one.</summary>
    public static string NormalizePhone(string? phone) =>
        Spaces().Replace(PersianDigits.ToAscii(PersianText.Normalize(phone)).Replace('،', ','), " ").Trim();

    /// <summary>Each number of a list: what the contact page links as <c>tel:</c>.</summary>
    public IReadOnlyList<string> PhoneNumbers =>
        Phone.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [GeneratedRegex(@"^[0-9+()\- ,]+$", RegexOptions.CultureInvariant)]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
