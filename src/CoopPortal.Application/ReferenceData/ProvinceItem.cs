namespace CoopPortal.Application.ReferenceData;

public sealed record ProvinceItem(int Id, string Name);
