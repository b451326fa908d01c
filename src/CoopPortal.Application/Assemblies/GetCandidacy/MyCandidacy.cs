using CoopPortal.Domain.Assemblies;
using CoopPortal.Domain.Registry;

namespace CoopPortal.Application.Assemblies.GetCandidacy;

/// <summary>One line of the candidate's own list: the cooperative, the post and where the candidacy stands.</summary>
public sealed record MyCandidacy(Guid Id, string Cooperative, OfficerRole Post, CandidacyStatus Status);
