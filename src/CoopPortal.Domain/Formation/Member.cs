using CoopPortal.Domain.Common;

namespace CoopPortal.Domain.Formation;

/// <summary>
/// A member of the cooperative to be. Values are kept as typed (normalized) so a draft never loses anything; the rules
/// in <see cref="FormationValidator"/> say what still has to be fixed before submission.
/// </summary>
public sealed class Member
{
    private Member()
    {
    }

    internal Member(Guid id, int position, MemberDetails details)
    {
        Id = id;
        Position = position;
        Apply(details);
    }

    public Guid Id { get; private set; }

    /// <summary>The member's place in the list (عضو ۱، عضو ۲، ...), kept stable across saves.</summary>
    public int Position { get; internal set; }

    public string FullName { get; private set; } = string.Empty;

    public string FatherName { get; private set; } = string.Empty;

    /// <summary>ASCII digits when the input was digits (8–9 digits padded to 10), otherwise as typed.</summary>
    public string NationalCode { get; private set; } = string.Empty;

    /// <summary>Jalali birth date as typed, digits in ASCII (yyyy/MM/dd when valid).</summary>
    public string BirthDateJalali { get; private set; } = string.Empty;

    public string Mobile { get; private set; } = string.Empty;

    /// <summary>Capital subscribed by this member, in rials.</summary>
    public long? ShareSubscribed { get; private set; }

    /// <summary>Of the subscription, the part paid in cash, in rials.</summary>
    public long? AmountPaid { get; private set; }

    /// <summary>Of the subscription, the part brought in kind, at its expert valuation, in rials.</summary>
    public long? InKindValue { get; private set; }

    public string InKindDescription { get; private set; } = string.Empty;

    public bool IsFounder { get; internal set; }

    public bool HasInKind => InKindValue is > 0;

    internal void Apply(MemberDetails details)
    {
        // Each text is kept at most as long as its column (FieldLengths); the page says beside the field what to shorten.
        FullName = FieldLengths.Fit(PersianText.Normalize(details.FullName), MaxLengthOf(nameof(FullName)));
        FatherName = FieldLengths.Fit(PersianText.Normalize(details.FatherName), MaxLengthOf(nameof(FatherName)));
        var digits = PersianDigits.DigitsOnly(details.NationalCode);
        NationalCode = FieldLengths.Fit(digits is { Length: 8 or 9 } ? digits.PadLeft(10, '0') : digits ?? PersianText.Normalize(details.NationalCode), MaxLengthOf(nameof(NationalCode)));
        var date = JalaliDate.Parse(details.BirthDateJalali);
        BirthDateJalali = FieldLengths.Fit(date is { } d ? JalaliDate.Format(d) : PersianDigits.ToAscii(PersianText.Normalize(details.BirthDateJalali)), MaxLengthOf(nameof(BirthDateJalali)));
        var mobile = ValueObjects.MobileNumber.Parse(details.Mobile);
        Mobile = FieldLengths.Fit(mobile.IsValid ? mobile.Value!.Value.Value : PersianDigits.ToAscii(PersianText.Normalize(details.Mobile)), MaxLengthOf(nameof(Mobile)));
        ShareSubscribed = details.ShareSubscribed;
        AmountPaid = details.AmountPaid;
        InKindValue = details.InKindValue;
        InKindDescription = FieldLengths.Fit(PersianText.Normalize(details.InKindDescription), MaxLengthOf(nameof(InKindDescription)));
    }

    /// <summary>The longest text a member's field keeps (<see cref="FieldLengths"/>), by the field's name; 0 for a field that is not text.</summary>
    public static int MaxLengthOf(string field) => field switch
    {
        nameof(FullName) or nameof(FatherName) => FieldLengths.PersonName,
        nameof(NationalCode) or nameof(BirthDateJalali) or nameof(Mobile) => FieldLengths.TypedCode,
        nameof(InKindDescription) => FieldLengths.InKindDescription,
        _ => 0,
    };

    /// <summary>The message beside a member's field when what was typed is longer than the field keeps, or null.</summary>
    public static string? LengthProblem(string field, string? typed) =>
        MaxLengthOf(field) is > 0 and var max ? FieldLengths.Check(typed, max) : null;

    public MemberDetails ToDetails() =>
        new(FullName, FatherName, NationalCode, BirthDateJalali, Mobile, ShareSubscribed, AmountPaid, InKindValue, InKindDescription);
}
