namespace CoopPortal.Domain.Cooperatives;

/// <summary>A validated row of the import of existing cooperatives.</summary>
public sealed record ImportedCooperative(
    string Name,
    string RegistrationNumber,
    DateOnly RegisteredOn,
    string? CompanyNationalId,
    int ProvinceId,
    int? CountyId,
    int? ActivityTypeId,
    int MembersCount,
    long Capital,
    string ManagerNationalCode,
    string ManagerFullName,
    DateOnly? BoardTermEndsOn);
