using CoopPortal.Application.Common.Formatting;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Time;
using CoopPortal.Application.Formation.Common;
using CoopPortal.Application.Registry.Common;
using CoopPortal.Application.Supervision.Common;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Formation;
using CoopPortal.Domain.Supervision;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoopPortal.Application.Supervision.Compliance;

/// <summary>Which part of the list to show: a province (admins only), the possibly dormant only, a name or registration number, a page.</summary>
public sealed record ComplianceFilter(int? ProvinceId = null, bool DormantOnly = false, string? Search = null, int Page = 1);
