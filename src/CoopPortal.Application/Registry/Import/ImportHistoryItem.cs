using CoopPortal.Application.Common.Auditing;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Staff;
using CoopPortal.Application.Review.Decide;
using CoopPortal.Domain.Administration;
using CoopPortal.Domain.Users;

namespace CoopPortal.Application.Registry.Import;

/// <summary>One earlier import: when, by whom, which file and how many cooperatives, and of which provinces.</summary>
public sealed record ImportHistoryItem(DateTime AtUtc, string Actor, string Description, string? Provinces);
