namespace CoopPortal.Application.ReferenceData;

public sealed record CountyOption(int Id, string Title, int ProvinceId);
