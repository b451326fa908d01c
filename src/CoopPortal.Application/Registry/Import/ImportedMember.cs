namespace CoopPortal.Application.Registry.Import;

/// <summary>A member row that passed the row rules; its cooperative is still named by province and registration number.</summary>
internal readonly record struct ImportedMember(int ProvinceId, string RegistrationNumber, string NationalCode, string FullName, long Shares, DateOnly? JoinedOn);
