namespace CoopPortal.Application.Formation.EditDraft;

/// <summary>The cooperative-details form, as typed.</summary>
public sealed record CooperativeDetailsInput(
    int? ActivityTypeId, int? OrientationId, int? MembershipTypeId, string? ActivityDescription,
    int? ProvinceId, int? CountyId, string? Address, string? PostalCode, string? Phone);
