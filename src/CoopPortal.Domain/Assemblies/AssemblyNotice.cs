namespace CoopPortal.Domain.Assemblies;

/// <summary>
/// The notice as the manager wrote it: the kind, the meeting's day and time (Iran time, as the invitation says it),
/// where (a place, an online link, or both) and the invitation text. Kept as typed; <see cref="NoticeRules"/> says what
/// is missing before it may be published.
/// </summary>
public sealed record AssemblyNotice(
    GeneralAssemblyKind Kind,
    DateOnly? MeetingOn,
    TimeOnly? MeetingTime,
    string? Place,
    string? OnlineLink,
    string? Invitation)
{
    public static AssemblyNotice Empty(GeneralAssemblyKind kind) => new(kind, null, null, null, null, null);
}
