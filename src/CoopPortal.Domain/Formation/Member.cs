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
        FullName = PersianText.Normalize(details.FullName);
        FatherName = PersianText.Normalize(details.FatherName);
        var digits = PersianDigits.DigitsOnly(details.NationalCode);
        NationalCode = digits is { Length: 8 or 9 } ? digits.PadLeft(10, '0') : digits ?? PersianText.Normalize(details.NationalCode);
        var date = JalaliDate.Parse(details.BirthDateJalali);
        BirthDateJalali = date is { } d ? JalaliDate.Format(d) : PersianDigits.ToAscii(PersianText.Normalize(details.BirthDateJalali));
        var mobile = ValueObjects.MobileNumber.Parse(details.Mobile);
        Mobile = mobile.IsValid ? mobile.Value!.Value.Value : PersianDigits.ToAscii(PersianText.Normalize(details.Mobile));
        ShareSubscribed = details.ShareSubscribed;
        AmountPaid = details.AmountPaid;
        InKindValue = details.InKindValue;
        InKindDescription = PersianText.Normalize(details.InKindDescription);
    }

    public MemberDetails ToDetails() =>
        new(FullName, FatherName, NationalCode, BirthDateJalali, Mobile, ShareSubscribed, AmountPaid, InKindValue, InKindDescription);
}
