using System.Globalization;
using CoopPortal.Application.Common.Auditing;
using CoopPortal.Application.Common.Formatting;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Staff;
using CoopPortal.Application.Review.Decide;
using CoopPortal.Domain.Administration;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Administration.Rules;

/// <summary>A rule as the page shows it: its effective value, the configured default and who last changed it.</summary>
public sealed record RuleView(RuleDefinition Rule, int Value, int DefaultValue, bool IsOverridden, string? ChangedBy, DateTime? ChangedAtUtc);
