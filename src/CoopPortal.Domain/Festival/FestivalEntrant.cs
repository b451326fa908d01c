namespace CoopPortal.Domain.Festival;

/// <summary>
/// A cooperative as the standings show it when a reviewer shortlists it: who, its orientation and county, its rank in
/// the orientation and its score with the findings. The shortlist keeps this as the record of what was decided on.
/// </summary>
public sealed record FestivalEntrant(
    Guid CooperativeId, string Name, string? RegistrationNumber, int? OrientationId, string Orientation, string County, int Rank, FestivalScore Score);
