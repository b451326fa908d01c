using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.ReferenceData;

public sealed record ProvinceItem(int Id, string Name);
