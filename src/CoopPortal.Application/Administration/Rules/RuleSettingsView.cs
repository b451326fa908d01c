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

public sealed record RuleSettingsView(IReadOnlyList<RuleView> Rules, IReadOnlyList<RuleAuditView> History);
