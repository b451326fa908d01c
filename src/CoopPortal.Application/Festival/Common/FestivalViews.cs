using CoopPortal.Application.Festival.Standings;
using CoopPortal.Domain.Festival;

namespace CoopPortal.Application.Festival.Common;

/// <summary>
/// A province's festival as the office's page shows it: the case, its shortlist (with the score kept when each was
/// shortlisted), the steps the table offers the reader, its history, and — while the reviewers shortlist — the standings
/// to choose from.
/// </summary>
public sealed record FestivalView(
    Guid Id,
    int ProvinceId,
    string Province,
    int FiscalYear,
    FestivalStatus Status,
    string? ReturnComment,
    int ShortlistPerOrientation,
    IReadOnlyList<NomineeView> Nominees,
    IReadOnlyList<FestivalAction> Decisions,
    IReadOnlyList<FestivalLine> History,
    FestivalStandings? Standings)
{
    public bool IsShortlisted(Guid cooperativeId) => Nominees.Any(n => n.CooperativeId == cooperativeId);
}

/// <summary>A cooperative on the shortlist, as kept when it was shortlisted; <see cref="CertificateId"/> once it won.</summary>
public sealed record NomineeView(
    Guid CooperativeId, string Name, string? RegistrationNumber, int? OrientationId, string Orientation, string County, int Rank, int Total, int Maximum,
    IReadOnlyList<FestivalFinding> Findings, string Reason, bool IsWinner, Guid? CertificateId, string? CertificateNumber);

/// <summary>A line of the festival's history.</summary>
public sealed record FestivalLine(DateTime AtUtc, FestivalAction Action, string Actor, string? Comment);

/// <summary>A festival in the office's list.</summary>
public sealed record FestivalSummary(Guid Id, int ProvinceId, string Province, int FiscalYear, FestivalStatus Status, int Nominees, int Winners);
