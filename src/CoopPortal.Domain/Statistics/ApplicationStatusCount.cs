namespace CoopPortal.Domain.Statistics;

/// <summary>
/// How many applications of a province are in a status, kept by PostgreSQL (a trigger on the applications) so the
/// country's count is a sum of a few hundred rows instead of a scan of every application. Province 0: not chosen yet.
/// Read only: the portal never writes these rows.
/// </summary>
public sealed class ApplicationStatusCount
{
    public int ProvinceId { get; private set; }

    public string Status { get; private set; } = string.Empty;

    public long Count { get; private set; }
}
