using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Time;
using CoopPortal.Application.Registry.Common;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Registry.ReviewAssembly;

/// <summary>
/// The office's decisions on a founding assembly: sending back with a comment, and confirmation (the queue is
/// <see cref="AssemblyQueue.AssemblyQueueQuery"/>). Confirmation registers the cooperative (registration number
/// without gaps, officers with their terms, managers) in the same transaction as the assembly's change and its
/// notifications (the step's domain event, NotifyOnAssemblyStep), with its founding members as its registry members; two reviewers confirming at once give one
/// cooperative (optimistic concurrency on the assembly).
/// </summary>
public sealed class AssemblyReviewHandler(
    IAppDbContextFactory dbFactory, ICurrentUserService currentUser, AssemblyContextBuilder contexts, ISequenceNumbering numbering,
    PortalClock clock)
{
    public const string StaffOnly = "بررسی صورت‌جلسه مجمع ویژه کارشناسان و مدیر اداره کل استان است.";

    public Task<Result> SendBackAsync(Guid assemblyId, string comment, CancellationToken cancellationToken) =>
        DecideAsync(assemblyId, AssemblyAction.SendBack, async (db, assembly, user) =>
        {
            assembly.SendBack(user.UserId!, comment, clock.UtcNow);
            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);

    /// <summary>Confirms the assembly and registers the cooperative; returns the new cooperative's id.</summary>
    public async Task<Result<Guid>> ConfirmAsync(Guid assemblyId, CancellationToken cancellationToken)
    {
        Guid cooperativeId = Guid.Empty;
        var result = await DecideAsync(assemblyId, AssemblyAction.Confirm, async (db, assembly, user) =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var (context, _) = await contexts.BuildAsync(db, assembly.ApplicationId, cancellationToken);
            var application = await db.FormationApplications.AsNoTracking().Include(a => a.Members)
                .SingleAsync(a => a.Id == assembly.ApplicationId, cancellationToken);
            var today = clock.Today;
            var year = Domain.Common.JalaliDate.YearOf(today);
            var sequence = await numbering.NextAsync(db, SequenceKinds.Registration, assembly.ProvinceId, year, cancellationToken);
            var number = $"{year}-{assembly.ProvinceId:00}-{sequence:00000}";
            var cooperative = Cooperative.Register(application, assembly, number, context.Registry, clock.UtcNow);
            assembly.Confirm(user.UserId!, cooperative.Id, clock.UtcNow);
            db.Cooperatives.Add(cooperative);
            // The founding members become the registry's members in the same transaction (docs/features/members.md).
            db.CooperativeMembers.AddRange(CooperativeMember.Founders(cooperative.Id, application, today, clock.UtcNow));

            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException ex) when (ex is not DbUpdateConcurrencyException)
            {
                // Another reviewer registered this application's cooperative a moment earlier (unique index).
                throw new DomainException(SaveResults.ChangedElsewhere);
            }

            await transaction.CommitAsync(cancellationToken);
            cooperativeId = cooperative.Id;
        }, cancellationToken);
        return result.Succeeded ? Result<Guid>.Success(cooperativeId) : Result<Guid>.FailedAs(result);
    }

    private async Task<Result> DecideAsync(Guid assemblyId, AssemblyAction action, Func<IAppDbContext, FoundingAssembly, ICurrentUser, Task> decide, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var assembly = await RegistryAccess.LoadAssemblyAsync(db, assemblyId, user, cancellationToken, tracking: true);
        if (assembly is null || assembly.ApplicantUserId == user.UserId)
        {
            return Result.NotFound();
        }

        // The table says the office decides; separation of duties refuses an officer of the new cooperative.
        if (WorkflowAuthorization.Refusal(FoundingAssembly.Workflow, assembly.Status, action, user, isOwner: false, assembly.Parties, _ => StaffOnly) is { } refusal)
        {
            return Result.Forbidden(refusal);
        }

        return await SaveResults.SaveAsync(() => decide(db, assembly, user));
    }
}
