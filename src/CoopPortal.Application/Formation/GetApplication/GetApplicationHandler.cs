using CoopPortal.Domain.Common;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Formation.Common;
using CoopPortal.Domain.Formation;

namespace CoopPortal.Application.Formation.GetApplication;

/// <summary>
/// One application with everything its pages show: answers, the problems still open, each section's status, the
/// required documents, the reviewer's comments and the timeline. Not found for anyone who may not see it.
/// </summary>
public sealed class GetApplicationHandler(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, FormationContext context)
{
    public async Task<Result<ApplicationView>> HandleAsync(Guid applicationId, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var application = await ApplicationAccess.LoadVisibleAsync(db, applicationId, user, cancellationToken);
        if (application is null)
        {
            return Result<ApplicationView>.NotFound();
        }

        var validation = await context.BuildAsync(db, application, cancellationToken);
        var problems = FormationValidator.Validate(application, validation);
        return Result<ApplicationView>.Success(new ApplicationView(
            application,
            problems,
            application.SectionStatuses(problems),
            validation.RequiredDocumentsOf(application),
            validation.Rules,
            application.ApplicantUserId == user.UserId,
            validation.Documents));
    }
}
