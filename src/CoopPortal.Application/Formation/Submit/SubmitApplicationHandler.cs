using CoopPortal.Application.Common.Diagnostics;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Formation.Common;
using CoopPortal.Application.Formation.Versions;
using CoopPortal.Domain.Formation;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Formation.Submit;

/// <summary>
/// Submits a complete draft (a tracking code is issued) or resubmits an application sent back for correction. Every
/// rule is checked on the server first; each submission is kept as a numbered version.
/// </summary>
public sealed class SubmitApplicationHandler(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, FormationContext context)
{
    private const int TrackingCodeAttempts = 5;

    public async Task<Result<string>> HandleAsync(Guid applicationId, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await dbFactory.CreateAsync(cancellationToken);
            var application = await ApplicationAccess.LoadOwnAsync(db, applicationId, user, cancellationToken);
            if (application is null)
            {
                return Result<string>.NotFound();
            }

            var validation = await context.BuildAsync(db, application, cancellationToken);
            var problems = FormationValidator.Validate(application, validation);
            if (problems.Count > 0 && application.Status is ApplicationStatus.Draft or ApplicationStatus.ReturnedForCorrection)
            {
                return Result<string>.Invalid(problems
                    .GroupBy(p => $"{p.Section}.{p.Field}")
                    .ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()));
            }

            try
            {
                var result = await SaveResults.SaveAsync(async () =>
                {
                    var resubmission = application.Status == ApplicationStatus.ReturnedForCorrection;
                    if (resubmission)
                    {
                        application.Resubmit(validation, context.UtcNow);
                    }
                    else
                    {
                        application.Submit(validation, TrackingCode.New(), context.UtcNow);
                    }

                    db.ApplicationVersions.Add(new ApplicationVersion(application.Id, application.SubmissionCount, context.UtcNow, ApplicationSnapshot.Of(application).ToJson()));
                    await db.SaveChangesAsync(cancellationToken);
                    PortalMetrics.ApplicationSubmitted(resubmission);
                });
                return result.Succeeded ? Result<string>.Success(application.TrackingCode!) : Result<string>.FailedAs(result);
            }
            catch (DbUpdateException) when (attempt < TrackingCodeAttempts)
            {
                // A tracking code already taken (a one-in-a-billion clash): try again with a new one.
            }
        }
    }
}
