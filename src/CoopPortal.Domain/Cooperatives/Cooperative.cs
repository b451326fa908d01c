using CoopPortal.Domain.Common;
using CoopPortal.Domain.Formation;

namespace CoopPortal.Domain.Cooperatives;

/// <summary>
/// A registered cooperative (تعاونی ثبت‌شده). The registry (founding assembly, officers, import of existing
/// cooperatives, self-declarations) is built on this; for now it carries what the name check needs.
/// </summary>
public sealed class Cooperative
{
    private Cooperative()
    {
    }

    public Cooperative(string name, int provinceId, int? countyId, string? registrationNumber, DateTime registeredAtUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Id = Guid.NewGuid();
        Name = PersianText.Normalize(name);
        NameKey = CooperativeName.Key(name);
        ProvinceId = provinceId;
        CountyId = countyId;
        RegistrationNumber = PersianDigits.ToAscii(registrationNumber).Trim() is { Length: > 0 } number ? number : null;
        RegisteredAtUtc = registeredAtUtc;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = string.Empty;

    /// <summary>The name's comparison key (see <see cref="CooperativeName.Key"/>), indexed for the name check.</summary>
    public string NameKey { get; private set; } = string.Empty;

    public int ProvinceId { get; private set; }

    public int? CountyId { get; private set; }

    /// <summary>The companies registry's registration number (شماره ثبت).</summary>
    public string? RegistrationNumber { get; private set; }

    public DateTime RegisteredAtUtc { get; private set; }
}
