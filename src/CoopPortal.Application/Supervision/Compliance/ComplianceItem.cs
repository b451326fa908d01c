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

/// <summary>A cooperative that has not declared on time.</summary>
/// <param name="MissingYears">The fiscal years past their due date with no declaration sent, newest first.</param>
/// <param name="PossiblyDormant">No declaration for the last consecutive years the settings name (راکد؟).</param>
public sealed record ComplianceItem(
    Guid CooperativeId,
    string Name,
    string? RegistrationNumber,
    string County,
    IReadOnlyList<int> MissingYears,
    DateOnly OldestDueOn,
    bool PossiblyDormant,
    int? LastDeclaredYear);
