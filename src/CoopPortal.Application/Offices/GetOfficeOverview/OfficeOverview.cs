namespace CoopPortal.Application.Offices.GetOfficeOverview;

public sealed record OfficeOverview(int ProvinceId, string ProvinceName, IReadOnlyList<CountyItem> Counties);
