namespace CoopPortal.Application.Common.Interfaces;

/// <summary>How current a read's data is.</summary>
/// <param name="AtUtc">
/// The moment the data is current to: the replica's last replayed commit while it has WAL left to replay, otherwise
/// the moment of reading. Null only when a replica has replayed nothing since it started and is not streaming.
/// </param>
/// <param name="Source">Where the data came from.</param>
public sealed record DataAsOf(DateTime? AtUtc, ReadSource Source);
