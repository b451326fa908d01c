using CoopPortal.Domain.Common;

namespace CoopPortal.Domain.Formation;

/// <summary>What the cooperative will be and where: kept as typed (normalized) in the draft.</summary>
public sealed record CooperativeDetails(
    int? ActivityTypeId,
    int? OrientationId,
    int? MembershipTypeId,
    string ActivityDescription,
    int? ProvinceId,
    int? CountyId,
    string Address,
    string PostalCode,
    string Phone)
{
    public static CooperativeDetails Empty { get; } = new(null, null, null, string.Empty, null, null, string.Empty, string.Empty, string.Empty);

    public bool IsEmpty => this == Empty;

    /// <summary>
    /// Normalizes text (ی/ک, spaces, invisible characters) and digits (postal code and phone in ASCII, separators
    /// removed), each kept at most as long as its column (<see cref="FieldLengths"/>).
    /// </summary>
    public static CooperativeDetails Create(
        int? activityTypeId, int? orientationId, int? membershipTypeId, string? activityDescription,
        int? provinceId, int? countyId, string? address, string? postalCode, string? phone)
    {
        return new CooperativeDetails(
            activityTypeId, orientationId, membershipTypeId, FieldLengths.Fit(PersianText.Normalize(activityDescription), FieldLengths.ActivityDescription),
            provinceId, countyId, FieldLengths.Fit(PersianText.Normalize(address), FieldLengths.Address),
            FieldLengths.Fit(PersianDigits.DigitsOnly(postalCode) ?? PersianDigits.ToAscii(PersianText.Normalize(postalCode)), FieldLengths.TypedCode),
            FieldLengths.Fit(PersianDigits.DigitsOnly(phone) ?? PersianDigits.ToAscii(PersianText.Normalize(phone)), FieldLengths.TypedCode));
    }
}
