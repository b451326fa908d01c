using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Time;
using CoopPortal.Application.Registry.Common;
using CoopPortal.Application.Supervision.Common;
using CoopPortal.Domain.Formation;
using CoopPortal.Domain.Registry;
using CoopPortal.Domain.Supervision;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoopPortal.Application.Supervision.SubmitDeclaration;

/// <summary>
/// Submits (or resubmits) a manager's self-declaration with the declaration of truth given on the check-answers page
/// for the revision that page showed (<see cref="SelfDeclaration.Submit"/>): when something is missing every problem
/// comes back by field, the missing declaration of truth under <c>TruthDeclared</c>; a declaration changed since the
/// page was read is a conflict.
/// </summary>
public sealed class SubmitDeclarationHandler(
    IAppDbContextFactory dbFactory, ICurrentUserService currentUser, IOptionsMonitor<SupervisionOptions> supervision, PortalClock clock)
{
    public const string TruthField = "TruthDeclared";

    public async Task<Result> HandleAsync(Guid declarationId, bool truthDeclared, int checkedRevision, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var declaration = await RegistryAccess.LoadOwnDeclarationAsync(db, declarationId, user, cancellationToken);
        if (declaration is null)
        {
            return Result.NotFound();
        }

        var today = clock.Today;
        if (declaration.IsEditable)
        {
            var problems = DeclarationValidator.Validate(declaration, today)
                .Concat(truthDeclared ? [] : [new FieldProblem(TruthField, SelfDeclaration.TruthNotDeclared)])
                .ToList();
            if (problems.Count > 0)
            {
                return RegistryResults.Invalid(problems);
            }
        }

        return await SaveResults.SaveAsync(async () =>
        {
            // R01–R03 read what the registry records at this moment (the year's confirmed ordinary assembly, the terms).
            var registry = await RecordedFacts.ReadAsync(db, declaration.CooperativeId, declaration.FiscalYear, cancellationToken);
            declaration.Submit(user.UserId!, truthDeclared, checkedRevision, TrackingCode.New(), supervision.CurrentValue.ToRiskSettings(), registry, today, clock.UtcNow);
            var cooperative = await db.Cooperatives.SingleAsync(c => c.Id == declaration.CooperativeId, cancellationToken);
            cooperative.RecordDeclaredMembers(declaration.FiscalYear, declaration.Content.MembersTotal, declaration.Content.MembersWomen, declaration.Content.MembersMen);

            await db.SaveChangesAsync(cancellationToken);
        });
    }
}
