using CoopPortal.Application.Common.Security;

namespace CoopPortal.Application.Statistics.Dashboard;

/// <summary>
/// What one dashboard reads: the offices' data it covers (<see cref="OfficeFilter"/>: the country, a province, or a
/// county office's county), the year's bounds in UTC, today in Iran.
/// </summary>
public sealed record DashboardScope(OfficeFilter Office, int Year, DateTime FromUtc, DateTime ToUtc, DateOnly Today)
{
    /// <summary>The province the numbers cover; null for the whole country.</summary>
    public int? ProvinceId => Office.ProvinceId;

    /// <summary>The county the numbers cover (a county office's); null for a province or the country.</summary>
    public int? CountyId => Office.CountyId;

    /// <summary>The rows of <paramref name="query"/> in the scope (<see cref="OfficeFilter.Apply{T}"/>).</summary>
    public IQueryable<T> Apply<T>(IQueryable<T> query, System.Linq.Expressions.Expression<Func<T, int?>> province, System.Linq.Expressions.Expression<Func<T, int?>> county) =>
        Office.Apply(query, province, county);
}
