using System.Linq.Expressions;

namespace CoopPortal.Application.Common.Security;

/// <summary>
/// Which offices' data a query may return (<see cref="OfficeScope.FilterFor"/>): all, one province, one county of a
/// province, or none. A resource without a county is its province's: a county office does not see it.
/// </summary>
public readonly record struct OfficeFilter(bool AllowsAll, int? ProvinceId, int? CountyId)
{
    public static OfficeFilter All => new(true, null, null);

    public static OfficeFilter None => new(false, null, null);

    public static OfficeFilter Province(int provinceId) => new(false, provinceId, null);

    public static OfficeFilter County(int provinceId, int countyId) => new(false, provinceId, countyId);

    public bool AllowsAny => AllowsAll || ProvinceId is not null;

    public bool Allows(int provinceId, int? countyId) =>
        AllowsAll || (ProvinceId == provinceId && (CountyId is null || CountyId == countyId));

    /// <summary>
    /// The rows of <paramref name="query"/> this filter allows, given where each row's province and county are (both
    /// translated to SQL: <c>"ProvinceId" = @p AND "CountyId" = @c</c>, or nothing for all).
    /// </summary>
    public IQueryable<T> Apply<T>(IQueryable<T> query, Expression<Func<T, int?>> province, Expression<Func<T, int?>> county)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(province);
        ArgumentNullException.ThrowIfNull(county);
        if (AllowsAll)
        {
            return query;
        }

        if (ProvinceId is not { } provinceId)
        {
            return query.Where(_ => false);
        }

        var row = province.Parameters[0];
        // Values read from a captured object, as a closure would: EF sends them as parameters (one plan for all offices).
        var wanted = new Wanted(provinceId, CountyId);
        Expression test = Expression.Equal(province.Body, Expression.Property(Expression.Constant(wanted), nameof(Wanted.Province)));
        if (CountyId is not null)
        {
            var countyOfRow = new Rebind(county.Parameters[0], row).Visit(county.Body);
            test = Expression.AndAlso(test, Expression.Equal(countyOfRow, Expression.Property(Expression.Constant(wanted), nameof(Wanted.County))));
        }

        return query.Where(Expression.Lambda<Func<T, bool>>(test, row));
    }

    private sealed record Wanted(int? Province, int? County);

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
