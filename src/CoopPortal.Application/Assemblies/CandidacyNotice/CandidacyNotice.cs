using CoopPortal.Domain.Assemblies;
using CoopPortal.Domain.Registry;

namespace CoopPortal.Application.Assemblies.CandidacyNotice;

/// <summary>
/// What a published notice says to anyone who may stand: the cooperative, the kind, the day, time and place, the agenda,
/// the posts it elects and whether candidates are still taken (the invitation is public; the case is not).
/// </summary>
public sealed record CandidacyNotice(
    Guid AssemblyId,
    string CooperativeName,
    GeneralAssemblyKind Kind,
    DateOnly? MeetingOn,
    TimeOnly? MeetingTime,
    string? Place,
    string? OnlineLink,
    IReadOnlyList<AgendaItem> Agenda,
    IReadOnlyList<OfficerRole> Posts,
    string? ClosedBecause,
    IReadOnlyList<CandidateFileKind> RequiredFiles);
