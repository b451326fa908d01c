namespace CoopPortal.Application.Statistics.Dashboard;

/// <summary>What one dashboard reads: the province (null: country), the year's bounds in UTC, today in Iran.</summary>
public sealed record DashboardScope(int? ProvinceId, int Year, DateTime FromUtc, DateTime ToUtc, DateOnly Today);
