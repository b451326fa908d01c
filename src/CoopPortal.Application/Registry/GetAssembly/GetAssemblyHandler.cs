using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Staff;
using CoopPortal.Application.Registry.Common;
using CoopPortal.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Registry.GetAssembly;

/// <summary>
/// A founding assembly as its applicant and the office staff of its province see it (with the problems still open while
/// it is editable, and the history); not found for anyone else.
/// </summary>
public sealed class GetAssemblyHandler(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, AssemblyContextBuilder contexts, IStaffDirectory staff)
{
    public async Task<Result<AssemblyView>> HandleAsync(Guid assemblyId, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var assembly = await RegistryAccess.LoadAssemblyAsync(db, assemblyId, user, cancellationToken);
        if (assembly is null)
        {
            return Result<AssemblyView>.NotFound();
        }

        var (context, application) = await contexts.BuildAsync(db, assembly.ApplicationId, cancellationToken);
        var names = await db.FormationApplications.AsNoTracking().Where(a => a.Id == assembly.ApplicationId)
            .SelectMany(a => a.ProposedNames).OrderBy(n => n.Rank).Select(n => n.Name).FirstOrDefaultAsync(cancellationToken);
        var registration = assembly.CooperativeId is { } cooperativeId
            ? await db.Cooperatives.Where(c => c.Id == cooperativeId).Select(c => c.RegistrationNumber).SingleOrDefaultAsync(cancellationToken)
            : null;
        var isApplicant = assembly.ApplicantUserId == user.UserId;
        var history = new List<CaseEventView>();
        foreach (var e in assembly.Events)
        {
            var actor = e.ActorUserId == assembly.ApplicantUserId ? null : await staff.FullNameAsync(e.ActorUserId, cancellationToken);
            history.Add(new CaseEventView(e.AtUtc, AssemblyText.ActionTitle(e.Action), AssemblyText.Title(e.ToStatus), e.Comment, actor));
        }

        var minimum = (long)Math.Ceiling((decimal)context.SubscribedCapital * context.Formation.PaidFractionNumerator / context.Formation.PaidFractionDenominator);
        return Result<AssemblyView>.Success(new AssemblyView(
            assembly.Id, assembly.ApplicationId, application.TrackingCode, names ?? string.Empty, assembly.Status, assembly.HeldOn,
            assembly.CapitalPaid, context.SubscribedCapital, minimum, assembly.CompanyNationalId, assembly.Officers, assembly.Files,
            context.Members, assembly.ReturnComment, history,
            assembly.IsEditable ? AssemblyValidator.Validate(assembly, context) : [],
            isApplicant, isApplicant && assembly.IsEditable,
            RegistryAccess.Decisions(assembly, user),
            assembly.CooperativeId, registration));
    }
}
