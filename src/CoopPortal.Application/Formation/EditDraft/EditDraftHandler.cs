using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Formation.Common;
using CoopPortal.Domain.Formation;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Formation.EditDraft;

/// <summary>
/// Saves each change to a draft (or to the sections sent back for correction) at once, whatever its state of
/// completeness, so nothing typed is lost. Only the applicant can change their application; for anyone else it does
/// not exist.
/// </summary>
public sealed class EditDraftHandler(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, FormationContext context)
{
    public const string OrientationRetired = "این گرایش دیگر برای درخواست‌های تازه ارائه نمی‌شود؛ گرایش دیگری انتخاب کنید.";

    /// <summary>
    /// Saves the cooperative's details and answers with what the section page shows after it (the section's status and
    /// problems), built from the application just saved, so the page need not load the whole application again. Loads
    /// only what the change needs (see <see cref="ApplicationAccess.LoadOwnRowAsync"/>): two to four statements.
    /// </summary>
    public Task<Result<SectionCheck>> SaveDetailsAsync(Guid applicationId, CooperativeDetailsInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var details = CooperativeDetails.Create(input.ActivityTypeId, input.OrientationId, input.MembershipTypeId, input.ActivityDescription,
            input.ProvinceId, input.CountyId, input.Address, input.PostalCode, input.Phone);
        return ChangeSectionAsync(applicationId, ApplicationSection.Cooperative, (a, now) => a.UpdateDetails(details, now),
            async (db, a) => FormationValidator.ValidateCooperative(a.Details, await FormationContext.CountyInProvinceAsync(db, a.Details, cancellationToken)),
            cancellationToken,
            async (db, a) =>
            {
                // A retired orientation stays on the applications that already carry it, but cannot be newly chosen.
                var newlyChosen = details.OrientationId is { } orientationId && orientationId != a.Details.OrientationId;
                return newlyChosen && !await db.Orientations.AnyAsync(o => o.Id == details.OrientationId && o.IsActive, cancellationToken)
                    ? Result.Conflict(OrientationRetired)
                    : null;
            });
    }

    /// <summary>Saves the proposed names and answers with the names section's status and problems (like <see cref="SaveDetailsAsync"/>).</summary>
    public Task<Result<SectionCheck>> SaveNamesAsync(Guid applicationId, IReadOnlyList<string?> names, CancellationToken cancellationToken) =>
        ChangeSectionAsync(applicationId, ApplicationSection.Names, (a, now) => a.SetProposedNames(names, now),
            (_, a) => Task.FromResult(FormationValidator.ValidateNames(a.ProposedNames)), cancellationToken);

    public async Task<Result<Guid>> AddMemberAsync(Guid applicationId, MemberDetails member, CancellationToken cancellationToken)
    {
        var added = Guid.Empty;
        var result = await ChangeAsync(applicationId, (a, now) => added = a.AddMember(member, now).Id, cancellationToken);
        return result.Succeeded ? Result<Guid>.Success(added) : Result<Guid>.FailedAs(result);
    }

    public Task<Result> UpdateMemberAsync(Guid applicationId, Guid memberId, MemberDetails member, CancellationToken cancellationToken) =>
        ChangeAsync(applicationId, (a, now) => a.UpdateMember(memberId, member, now), cancellationToken);

    public Task<Result> RemoveMemberAsync(Guid applicationId, Guid memberId, CancellationToken cancellationToken) =>
        ChangeAsync(applicationId, (a, now) => a.RemoveMember(memberId, now), cancellationToken);

    public Task<Result> SetFoundersAsync(Guid applicationId, IReadOnlyCollection<Guid> memberIds, CancellationToken cancellationToken) =>
        ChangeAsync(applicationId, (a, now) => a.SetFounders(memberIds, now), cancellationToken);

    public Task<Result> SetDeclarationAsync(Guid applicationId, bool accepted, CancellationToken cancellationToken) =>
        ChangeAsync(applicationId, (a, now) => a.SetDeclaration(accepted, now), cancellationToken);

    /// <summary>
    /// A change to a section that lives on the application's row (the details, the names): loads only that row with
    /// its names and correction requests, saves under the row version, and answers with the section's problems (from
    /// <paramref name="problemsOf"/>, on the saved application) and status.
    /// </summary>
    private async Task<Result<SectionCheck>> ChangeSectionAsync(Guid applicationId, ApplicationSection section, Action<FormationApplication, DateTime> change,
        Func<IAppDbContext, FormationApplication, Task<IReadOnlyList<Problem>>> problemsOf, CancellationToken cancellationToken,
        Func<IAppDbContext, FormationApplication, Task<Result?>>? refuse = null)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var application = await ApplicationAccess.LoadOwnRowAsync(db, applicationId, user, cancellationToken);
        if (application is null)
        {
            return Result<SectionCheck>.NotFound();
        }

        if (refuse is not null && await refuse(db, application) is { } refused)
        {
            return Result<SectionCheck>.FailedAs(refused);
        }

        var saved = await SaveResults.SaveAsync(async () =>
        {
            change(application, context.UtcNow);
            await db.SaveChangesAsync(cancellationToken);
        });
        if (!saved.Succeeded)
        {
            return Result<SectionCheck>.FailedAs(saved);
        }

        var problems = await problemsOf(db, application);
        return Result<SectionCheck>.Success(new SectionCheck(section, application.StatusOfSection(section, problems), problems));
    }

    private async Task<Result> ChangeAsync(Guid applicationId, Action<FormationApplication, DateTime> change, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var application = await ApplicationAccess.LoadOwnAsync(db, applicationId, user, cancellationToken);
        if (application is null)
        {
            return Result.NotFound();
        }

        return await SaveResults.SaveAsync(async () =>
        {
            change(application, context.UtcNow);
            await db.SaveChangesAsync(cancellationToken);
        });
    }
}
