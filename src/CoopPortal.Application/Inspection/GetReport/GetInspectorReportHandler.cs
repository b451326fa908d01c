using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Time;
using CoopPortal.Application.Inspection.Common;
using CoopPortal.Application.Registry.Common;
using CoopPortal.Domain.Inspection;
using CoopPortal.Domain.Registry;

namespace CoopPortal.Application.Inspection.GetReport;

/// <summary>
/// An inspector's report as its author sees it (with what is still missing while it is a draft), and, once sent, as
/// the cooperative's managers and the office of its province see it; not found for anyone else.
/// </summary>
public sealed class GetInspectorReportHandler(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, PortalClock clock)
{
    public async Task<Result<InspectorReportView>> HandleAsync(Guid reportId, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        if (await InspectionAccess.LoadAsync(db, reportId, user, cancellationToken) is not var (report, cooperative))
        {
            return Result<InspectorReportView>.NotFound();
        }

        var today = clock.Today;
        IReadOnlyList<FieldProblem> problems = report.IsEditable ? InspectorReportRules.Validate(report.Content) : [];
        var history = report.Events
            .Select(e => new CaseEventView(e.AtUtc, InspectorReportText.ActionTitle(e.Action), InspectorReportText.Title(e.ToStatus), e.Comment, report.InspectorName))
            .ToList();
        return Result<InspectorReportView>.Success(new InspectorReportView(
            report.Id, cooperative.Id, cooperative.Name, cooperative.RegistrationNumber, report.FiscalYear, report.InspectorName, report.Status,
            report.Content, report.SubmittedAtUtc, InspectionAccess.IsAuthor(report, user), InspectionAccess.CanEdit(report, cooperative, user, today),
            InspectionAccess.Actions(report, cooperative, user, today), problems, report.SectionStatuses(problems), history));
    }
}
