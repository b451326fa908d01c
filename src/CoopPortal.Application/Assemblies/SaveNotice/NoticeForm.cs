using CoopPortal.Domain.Assemblies;

namespace CoopPortal.Application.Assemblies.SaveNotice;

/// <summary>The notice as the manager's form holds it: the Jalali date and the time as typed ("1405/03/20", "17:30").</summary>
public sealed record NoticeForm(
    GeneralAssemblyKind Kind,
    string? MeetingOn,
    string? MeetingTime,
    string? Place,
    string? OnlineLink,
    string? Invitation,
    IReadOnlyList<AgendaItem> Agenda);
