using CoopPortal.Domain.Common;
using CoopPortal.Domain.Formation;

namespace CoopPortal.Web.Components.Pages.Formation;

/// <summary>One member's fields as the page holds them (amounts as typed text).</summary>
public sealed class MemberForm
{
    public Guid Id { get; init; }

    public string? FullName { get; set; }

    public string? FatherName { get; set; }

    public string? NationalCode { get; set; }

    public string? BirthDate { get; set; }

    public string? Mobile { get; set; }

    public string? Share { get; set; }

    public string? Paid { get; set; }

    public string? InKind { get; set; }

    public string? InKindDescription { get; set; }

    public static MemberForm From(Member m) => new()
    {
        Id = m.Id,
        FullName = m.FullName,
        FatherName = m.FatherName,
        NationalCode = m.NationalCode,
        BirthDate = m.BirthDateJalali,
        Mobile = m.Mobile,
        Share = m.ShareSubscribed is { } s ? PersianNumbers.Format(s) : null,
        Paid = m.AmountPaid is { } p ? PersianNumbers.Format(p) : null,
        InKind = m.InKindValue is { } k ? PersianNumbers.Format(k) : null,
        InKindDescription = m.InKindDescription,
    };

    public MemberDetails ToDetails() => new(FullName, FatherName, NationalCode, BirthDate, Mobile,
        PersianNumbers.Parse(Share), PersianNumbers.Parse(Paid), PersianNumbers.Parse(InKind), InKindDescription);
}
