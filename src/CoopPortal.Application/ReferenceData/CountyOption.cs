using CoopPortal.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.ReferenceData;

public sealed record CountyOption(int Id, string Title, int ProvinceId);
