namespace CoopPortal.Application.Common.Security;

/// <summary>Which provinces a query may return: all, one, or none.</summary>
public readonly record struct ProvinceFilter(bool AllowsAll, int? ProvinceId)
{
    public static ProvinceFilter All => new(true, null);

    public static ProvinceFilter None => new(false, null);

    public static ProvinceFilter Only(int provinceId) => new(false, provinceId);

    public bool AllowsAny => AllowsAll || ProvinceId is not null;

    public bool Allows(int provinceId) => AllowsAll || ProvinceId == provinceId;
}
