namespace CoopPortal.Application.Offices.GetOfficeOverview;

public sealed record CountyItem(int Id, string Name);
