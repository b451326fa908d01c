using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Offices.GetOfficeOverview;

public sealed record OfficeOverview(int ProvinceId, string ProvinceName, IReadOnlyList<CountyItem> Counties);
