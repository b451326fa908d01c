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

/// <summary>
/// An administrator's new value for a rule, as typed (Persian or ASCII digits). <paramref name="Seen"/> is the value the
/// administrator saw when the form was opened: when the rule has changed since, the save is refused (concurrency).
/// </summary>
public sealed record RuleChange(string Key, string Value, int? Seen = null);
