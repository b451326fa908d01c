using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Staff;
using CoopPortal.Domain.Liquidation;

namespace CoopPortal.Application.Liquidation.Common;

/// <summary>Builds a <see cref="LiquidationView"/> for the caller (the steps offered, the report's problems for a liquidator).</summary>
public static class LiquidationViews
{
    public static async Task<LiquidationView> ForAsync(
        LiquidationCase liquidation, IReadOnlyList<string> managerCodes, ICurrentUser user, DateOnly today, LiquidationRules rules, IStaffDirectory staff, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(liquidation);
        ArgumentNullException.ThrowIfNull(staff);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var report in liquidation.Reports)
        {
            names[report.FiledByUserId] = report.FiledByName;
        }

        var history = new List<LiquidationHistoryLine>();
        foreach (var e in liquidation.Events)
        {
            if (!names.TryGetValue(e.ActorUserId, out var name))
            {
                name = await staff.FullNameAsync(e.ActorUserId, cancellationToken) ?? "کارشناس اداره کل";
                names[e.ActorUserId] = name;
            }

            history.Add(new LiquidationHistoryLine(e.AtUtc, e.Action, name, e.Comment));
        }

        var isLiquidator = LiquidationAccess.IsLiquidator(liquidation, user, today);
        return new LiquidationView(
            liquidation.Id,
            liquidation.CooperativeId,
            liquidation.CooperativeName,
            liquidation.Status,
            liquidation.Source,
            liquidation.StartsOn,
            liquidation.EndsOn,
            liquidation.Liquidators,
            liquidation.Reports,
            liquidation.Draft,
            liquidation.DraftFiles,
            liquidation.ReturnComment,
            history,
            LiquidationAccess.Actions(liquidation, managerCodes, user, today),
            isLiquidator,
            rules.InterimRequired,
            isLiquidator ? liquidation.ReportProblems(LiquidationReportKind.Interim, rules) : [],
            isLiquidator ? liquidation.ReportProblems(LiquidationReportKind.Final, rules) : []);
    }
}
