using CoopPortal.Domain.Registry;

namespace CoopPortal.Application.Registry.AssemblyQueue;

/// <summary>A line of the office's queue of founding assemblies.</summary>
public sealed record AssemblyQueueItem(Guid Id, string CooperativeName, string? TrackingCode, string CountyName, AssemblyStatus Status, DateTime? SubmittedAtUtc);
