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

    /// <summary>
    /// Adds a member and answers with what the members page shows after it (<see cref="MembersCheck"/>: the sections made
    /// of the members and the members as they now are), so the page need not load the whole application again. Loads
    /// the row and the members only (see <see cref="ApplicationAccess.LoadOwnWithMembersAsync"/>): three statements.
    /// </summary>
    public Task<Result<MembersCheck>> AddMemberAsync(Guid applicationId, MemberDetails member, CancellationToken cancellationToken) =>
        ChangeMembersAsync(applicationId, (a, now) => a.AddMember(member, now).Id, cancellationToken);

    /// <summary>Changes a member's details and answers like <see cref="AddMemberAsync"/>.</summary>
    public Task<Result<MembersCheck>> UpdateMemberAsync(Guid applicationId, Guid memberId, MemberDetails member, CancellationToken cancellationToken) =>
        ChangeMembersAsync(applicationId, (a, now) =>
        {
            a.UpdateMember(memberId, member, now);
            return memberId;
        }, cancellationToken);

    /// <summary>Removes a member and answers like <see cref="AddMemberAsync"/> (the founders board and the capital may change with it).</summary>
    public Task<Result<MembersCheck>> RemoveMemberAsync(Guid applicationId, Guid memberId, CancellationToken cancellationToken) =>
        ChangeMembersAsync(applicationId, (a, now) =>
        {
            a.RemoveMember(memberId, now);
            return null;
        }, cancellationToken);

    /// <summary>Chooses the founders board and answers with that section's status and problems (the row and the members: three statements).</summary>
    public async Task<Result<SectionCheck>> SetFoundersAsync(Guid applicationId, IReadOnlyCollection<Guid> memberIds, CancellationToken cancellationToken)
    {
        var changed = await ChangeMembersAsync(applicationId, (a, now) =>
        {
            a.SetFounders(memberIds, now);
            return null;
        }, cancellationToken);
        return changed.Value is { } check
            ? Result<SectionCheck>.Success(check.Sections.Single(s => s.Section == ApplicationSection.FoundersBoard))
            : Result<SectionCheck>.FailedAs(changed);
    }

    /// <summary>Gives or takes back the declaration and answers with its section's status and problem (the row only: two statements).</summary>
    public Task<Result<SectionCheck>> SetDeclarationAsync(Guid applicationId, bool accepted, CancellationToken cancellationToken) =>
        ChangeSectionAsync(applicationId, ApplicationSection.Declaration, (a, now) => a.SetDeclaration(accepted, now),
            (_, a) => Task.FromResult(FormationValidator.ValidateDeclaration(a.DeclarationAccepted)), cancellationToken);

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

    /// <summary>
    /// A change to the members (or to who of them are founders): loads the row and the members, saves under the row
    /// version, and answers with the sections made of the members (<see cref="FormationValidator.ValidateMembership"/>)
    /// and the members as saved. <paramref name="change"/> returns the member it added or changed, if any.
    /// </summary>
    private async Task<Result<MembersCheck>> ChangeMembersAsync(Guid applicationId, Func<FormationApplication, DateTime, Guid?> change, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var application = await ApplicationAccess.LoadOwnWithMembersAsync(db, applicationId, user, cancellationToken);
        if (application is null)
        {
            return Result<MembersCheck>.NotFound();
        }

        Guid? changed = null;
        var saved = await SaveResults.SaveAsync(async () =>
        {
            changed = change(application, context.UtcNow);
            await db.SaveChangesAsync(cancellationToken);
        });
        if (!saved.Succeeded)
        {
            return Result<MembersCheck>.FailedAs(saved);
        }

        var problems = FormationValidator.ValidateMembership(application, await context.RulesAsync(cancellationToken), context.Today);
        ApplicationSection[] sections = [ApplicationSection.Members, ApplicationSection.FoundersBoard, ApplicationSection.Capital];
        var checks = sections
            .Select(section =>
            {
                var own = problems.Where(p => p.Section == section).ToList();
                return new SectionCheck(section, application.StatusOfSection(section, own), own);
            })
            .ToList();
        return Result<MembersCheck>.Success(new MembersCheck(checks, application.Members, changed));
    }
}
