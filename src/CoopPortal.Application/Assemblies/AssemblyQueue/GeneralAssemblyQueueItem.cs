using CoopPortal.Domain.Assemblies;

namespace CoopPortal.Application.Assemblies.AssemblyQueue;

/// <summary>One assembly in the office's list or an observer's: the cooperative, kind, meeting day, status and observer.</summary>
public sealed record GeneralAssemblyQueueItem(
    Guid Id, string CooperativeName, GeneralAssemblyKind Kind, DateOnly? MeetingOn, TimeOnly? MeetingTime, GeneralAssemblyStatus Status, string? ObserverName);
