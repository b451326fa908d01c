using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Staff;
using CoopPortal.Application.Common.Time;
using CoopPortal.Domain.Assemblies;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Assemblies.RegisterCandidacy;

/// <summary>
/// The signed-in person stands for a post at a published assembly whose agenda elects it, as themselves: by the national
/// code their account has proven (an unproven one is refused with what to do). One open candidacy per person and post;
/// a second registration returns the first.
/// </summary>
public sealed class RegisterCandidacyHandler(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, IStaffDirectory people, PortalClock clock)
{
    public const string ProofNeeded = "برای نامزد شدن، نخست کد ملی حساب خود را در «حساب کاربری» تأیید کنید.";

    public async Task<Result<Guid>> HandleAsync(Guid assemblyId, OfficerRole post, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        if (!user.IsAuthenticated)
        {
            return Result<Guid>.NotFound();
        }

        if (user.NationalCode is not { Length: 10 } code)
        {
            return Result<Guid>.FailedAs(Result.Forbidden(ProofNeeded));
        }

        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var assembly = await db.GeneralAssemblies.AsNoTracking().SingleOrDefaultAsync(a => a.Id == assemblyId && a.Status != GeneralAssemblyStatus.Draft, cancellationToken);
        if (assembly is null)
        {
            return Result<Guid>.NotFound();
        }

        var existing = await db.Candidacies
            .Where(c => c.AssemblyId == assemblyId && c.NationalCode == code && c.Post == post
                && (c.Status == CandidacyStatus.Registered || c.Status == CandidacyStatus.Approved))
            .Select(c => (Guid?)c.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (existing is { } id)
        {
            return Result<Guid>.Success(id);
        }

        try
        {
            var name = await people.FullNameAsync(user.UserId!, cancellationToken) ?? string.Empty;
            var candidacy = Candidacy.Register(assembly, post, user.UserId!, code, name, clock.Today, clock.UtcNow);
            db.Candidacies.Add(candidacy);
            await db.SaveChangesAsync(cancellationToken);
            return Result<Guid>.Success(candidacy.Id);
        }
        catch (DomainException ex)
        {
            return Result<Guid>.Conflict(ex.Message);
        }
        catch (DbUpdateException)
        {
            // The same person registered for the same post a moment earlier (the partial unique index).
            return Result<Guid>.Conflict("برای همین سمت پیش‌تر نامزد شده‌اید.");
        }
    }
}
