namespace CoopPortal.Application.ReferenceData;

/// <summary>
/// A province and how to reach its office, as the public contact page shows it. Empty texts are parts not recorded;
/// <see cref="HasDetails"/> is false when none is.
/// </summary>
public sealed record ProvinceContact(int ProvinceId, string Name, string Address, IReadOnlyList<string> Phones, string WorkingHours)
{
    public bool HasDetails => Address.Length > 0 || Phones.Count > 0 || WorkingHours.Length > 0;
}
