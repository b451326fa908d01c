namespace CoopPortal.Domain.Common;

/// <summary>
/// The people a case is bound to: who filed it, the national codes of the people who belong to it (members, officers,
/// managers), and who took each step so far, oldest first.
/// </summary>
public sealed record CaseParties(string? FiledByUserId, IReadOnlyCollection<string> MemberNationalCodes, IReadOnlyList<CaseStep> Steps);
