namespace CoopPortal.Domain.Statistics;

/// <summary>
/// A histogram of how long a workflow stretch took, in whole hours, for the stretches that ended in a Jalali year:
/// one row per (year, province, stretch, hours) with how many took exactly that long. Province 0 holds the whole
/// country. Kept by PostgreSQL triggers on the applications and their history; percentiles are computed exactly from
/// it (<see cref="Common.Percentiles"/>). Read only.
/// </summary>
public sealed class DurationBucket
{
    /// <summary>The stretch from first submission to decision.</summary>
    public const short SubmissionToDecision = 0;

    public int Year { get; private set; }

    public int ProvinceId { get; private set; }

    /// <summary><see cref="SubmissionToDecision"/>, or a workflow step's value + 1.</summary>
    public short Step { get; private set; }

    public int Hours { get; private set; }

    public long Count { get; private set; }
}
