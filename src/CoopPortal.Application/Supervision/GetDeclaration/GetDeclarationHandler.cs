using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Staff;
using CoopPortal.Application.Common.Time;
using CoopPortal.Application.Registry.Common;
using CoopPortal.Application.Supervision.Common;
using CoopPortal.Domain.Registry;
using CoopPortal.Domain.Supervision;
using Microsoft.Extensions.Options;

namespace CoopPortal.Application.Supervision.GetDeclaration;

/// <summary>
/// A self-declaration as its managers see it, and the office staff of the province once it is sent (with the risk, the
/// problems still open while it is editable, and the history); not found for anyone else.
/// </summary>
public sealed class GetDeclarationHandler(
    IAppDbContextFactory dbFactory, ICurrentUserService currentUser, IStaffDirectory staff, IOptionsMonitor<SupervisionOptions> supervision, PortalClock clock)
{
    public async Task<Result<DeclarationView>> HandleAsync(Guid declarationId, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var loaded = await RegistryAccess.LoadDeclarationAsync(db, declarationId, user, cancellationToken);
        if (loaded is not var (declaration, cooperative))
        {
            return Result<DeclarationView>.NotFound();
        }

        var isManager = RegistryAccess.IsManager(cooperative, user);
        var settings = supervision.CurrentValue.ToRiskSettings();
        var today = clock.Today;
        // While the manager edits (a draft, or a declaration sent back) the risk is a preview of what is stored now and
        // what the registry records now; otherwise it is the assessment fixed at the last submission. The manager and
        // the office read it here alike.
        var preview = declaration.IsEditable || declaration.RiskTotal is null;
        var risk = preview
            ? RiskRules.Assess(declaration.Facts(today, await RecordedFacts.ReadAsync(db, cooperative.Id, declaration.FiscalYear, cancellationToken)), settings, today)
            : new RiskAssessment(declaration.RiskTotal!.Value, declaration.RiskBand!.Value, declaration.RiskFindings);
        var history = new List<CaseEventView>();
        foreach (var e in declaration.Events)
        {
            var actor = await staff.FullNameAsync(e.ActorUserId, cancellationToken);
            history.Add(new CaseEventView(e.AtUtc, DeclarationText.ActionTitle(e.Action), DeclarationText.Title(e.ToStatus), e.Comment, actor));
        }

        IReadOnlyList<FieldProblem> problems = declaration.IsEditable ? DeclarationValidator.Validate(declaration, today) : [];
        return Result<DeclarationView>.Success(new DeclarationView(
            declaration.Id, cooperative.Id, cooperative.Name, cooperative.RegistrationNumber, declaration.FiscalYear,
            RiskRules.DueDate(declaration.FiscalYear, settings), declaration.Status, declaration.Content, declaration.PreviousYearNetProfitOrLoss,
            declaration.ConfirmedSections, declaration.TruthDeclared, declaration.Files, declaration.ReceiptNumber, declaration.SubmittedAtUtc,
            risk, preview, declaration.InspectionPlannedOn, declaration.ReturnComment, history,
            problems, isManager, isManager && declaration.IsEditable, RegistryAccess.Decisions(declaration, cooperative, user),
            declaration.Revision, declaration.SectionStatuses(problems),
            await Inspection.Common.InspectorReports.SummariesAsync(db, cooperative.Id, declaration.FiscalYear, cancellationToken)));
    }
}
