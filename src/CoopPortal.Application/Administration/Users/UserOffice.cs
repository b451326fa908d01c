namespace CoopPortal.Application.Administration.Users;

/// <summary>How the list, the account's page and its audit write a staff member's office.</summary>
public static class UserOffice
{
    /// <summary>«استان زنجان» (the provincial office), «استان زنجان، شهرستان ابهر» (a county office), or null (no office).</summary>
    public static string? Describe(string? provinceName, string? countyName) =>
        provinceName is null ? null : countyName is null ? $"استان {provinceName}" : $"استان {provinceName}، شهرستان {countyName}";

    /// <summary>The title of a county office in the county choice: «اداره تعاون شهرستان ابهر».</summary>
    public static string CountyOfficeTitle(string countyName) => $"اداره تعاون شهرستان {countyName}";

    /// <summary>The choice of no county: the province's own office.</summary>
    public const string ProvincialOfficeTitle = "اداره کل استان (بدون شهرستان)";

    /// <summary>
    /// The audit's description of a county change: the office it became («اداره: استان زنجان، شهرستان ابهر»), the
    /// provincial office again, or the county taken away with the office roles.
    /// </summary>
    public static string CountyChange(string? provinceName, string? countyName) =>
        countyName is not null && provinceName is not null ? $"اداره: {Describe(provinceName, countyName)}"
        : provinceName is not null ? $"اداره: اداره کل استان {provinceName} (بدون شهرستان)"
        : "شهرستان حساب برداشته شد";
}
