using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Files;
using CoopPortal.Application.Common.Staff;
using CoopPortal.Application.Common.Time;
using CoopPortal.Application.Formation.Common;
using CoopPortal.Application.Registry.Common;
using CoopPortal.Application.Review.Decide;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Formation;
using CoopPortal.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Registry.Assembly;

/// <summary>
/// The applicant's side of the founding assembly: start it once the formation approval is issued, save the form (a
/// draft keeps whatever was typed), upload the minutes, bylaws and bank certificate, and send it to the office. The
/// office staff of the province read it through <see cref="GetAsync"/> too.
/// </summary>
public sealed class FoundingAssemblyHandler(
    IAppDbContextFactory dbFactory, ICurrentUserService currentUser, AssemblyContextBuilder contexts, CaseFiles files,
    IStaffDirectory staff, PortalClock clock)
{
    public const string InvalidDate = "تاریخ را به شکل ۱۴۰۵/۰۲/۱۵ وارد کنید.";

    /// <summary>The assembly of an application the caller may see, if one was started.</summary>
    public async Task<Guid?> OfApplicationAsync(Guid applicationId, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var assembly = await db.FoundingAssemblies.AsNoTracking().SingleOrDefaultAsync(a => a.ApplicationId == applicationId, cancellationToken);
        return assembly is not null && RegistryAccess.CanSee(assembly, user) ? assembly.Id : null;
    }

    /// <summary>Starts (or returns) the assembly of the caller's approved application.</summary>
    public async Task<Result<Guid>> StartAsync(Guid applicationId, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var application = await ApplicationAccess.LoadOwnAsync(db, applicationId, user, cancellationToken);
        if (application is null)
        {
            return Result<Guid>.NotFound();
        }

        var existing = await db.FoundingAssemblies.Where(a => a.ApplicationId == applicationId).Select(a => (Guid?)a.Id).SingleOrDefaultAsync(cancellationToken);
        if (existing is { } id)
        {
            return Result<Guid>.Success(id);
        }

        try
        {
            var assembly = FoundingAssembly.Start(application, clock.UtcNow);
            db.FoundingAssemblies.Add(assembly);
            await db.SaveChangesAsync(cancellationToken);
            return Result<Guid>.Success(assembly.Id);
        }
        catch (DomainException ex)
        {
            return Result<Guid>.Conflict(ex.Message);
        }
        catch (DbUpdateException)
        {
            // Started at the same moment in another tab: the unique index kept one; use it.
            await using var again = await dbFactory.CreateAsync(cancellationToken);
            return Result<Guid>.Success(await again.FoundingAssemblies.Where(a => a.ApplicationId == applicationId).Select(a => a.Id).SingleAsync(cancellationToken));
        }
    }

    public async Task<Result<AssemblyView>> GetAsync(Guid assemblyId, CancellationToken cancellationToken)
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
            history.Add(new CaseEventView(e.AtUtc, AssemblyText.ActionTitle(e.Action), AssemblyText.Title(Enum.Parse<AssemblyStatus>(e.ToStatus)), e.Comment, actor));
        }

        var minimum = (long)Math.Ceiling((decimal)context.SubscribedCapital * context.Formation.PaidFractionNumerator / context.Formation.PaidFractionDenominator);
        return Result<AssemblyView>.Success(new AssemblyView(
            assembly.Id, assembly.ApplicationId, application.TrackingCode, names ?? string.Empty, assembly.Status, assembly.HeldOn,
            assembly.CapitalPaid, context.SubscribedCapital, minimum, assembly.CompanyNationalId, assembly.Officers, assembly.Files,
            context.Members, assembly.ReturnComment, history,
            assembly.IsEditable ? AssemblyValidator.Validate(assembly, context) : [],
            isApplicant, isApplicant && assembly.IsEditable,
            RegistryAccess.CanReview(assembly, user) && assembly.Status == AssemblyStatus.Submitted,
            assembly.CooperativeId, registration));
    }

    /// <summary>Saves the form as a draft. Only an unreadable date is refused (nothing is saved then; the form keeps it).</summary>
    public async Task<Result> SaveAsync(Guid assemblyId, AssemblyForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        DateOnly? heldOn = null;
        if (!string.IsNullOrWhiteSpace(form.HeldOn))
        {
            heldOn = JalaliDate.Parse(form.HeldOn);
            if (heldOn is null)
            {
                return Result.Invalid(new Dictionary<string, string[]> { ["HeldOn"] = [InvalidDate] });
            }
        }

        return await ChangeAsync(assemblyId, a =>
        {
            a.Edit(heldOn, form.CapitalPaid, form.CompanyNationalId, clock.UtcNow);
            a.SetOfficers(form.Officers, clock.UtcNow);
        }, cancellationToken);
    }

    public async Task<Result<Guid>> UploadAsync(Guid assemblyId, AssemblyFileKind kind, string fileName, long declaredSize, Stream content, CancellationToken cancellationToken)
    {
        if (files.CheckDeclaredSize(declaredSize) is { Succeeded: false } tooLarge)
        {
            return Result<Guid>.FailedAs(tooLarge);
        }

        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var assembly = await LoadOwnAsync(db, assemblyId, user, cancellationToken);
        if (assembly is null)
        {
            return Result<Guid>.NotFound();
        }

        if (!assembly.IsEditable)
        {
            return Result<Guid>.Conflict(FoundingAssembly.NotEditable);
        }

        return await files.AttachAsync(db, fileName, content, upload =>
            assembly.AttachFile(kind, upload.FileName, upload.ContentType, upload.Size, upload.Sha256, upload.StorageKey, clock.UtcNow).Id,
            cancellationToken);
    }

    public async Task<Result> RemoveFileAsync(Guid assemblyId, Guid fileId, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var assembly = await LoadOwnAsync(db, assemblyId, user, cancellationToken);
        if (assembly is null)
        {
            return Result.NotFound();
        }

        return await files.RemoveAsync(db, () => assembly.RemoveFile(fileId, clock.UtcNow).StorageKey, cancellationToken);
    }

    /// <summary>A file of the assembly, for its applicant and the office staff of its province.</summary>
    public async Task<Result<FileDownload>> DownloadAsync(Guid assemblyId, Guid fileId, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var assembly = await RegistryAccess.LoadAssemblyAsync(db, assemblyId, user, cancellationToken);
        return await files.ReadAsync(assembly?.Files.SingleOrDefault(f => f.Id == fileId), cancellationToken);
    }

    /// <summary>Sends the assembly to the office; when something is missing, every problem comes back by field.</summary>
    public async Task<Result> SubmitAsync(Guid assemblyId, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var assembly = await LoadOwnAsync(db, assemblyId, user, cancellationToken);
        if (assembly is null)
        {
            return Result.NotFound();
        }

        var (context, _) = await contexts.BuildAsync(db, assembly.ApplicationId, cancellationToken);
        if (assembly.IsEditable && AssemblyValidator.Validate(assembly, context) is { Count: > 0 } problems)
        {
            return RegistryResults.Invalid(problems);
        }

        return await SaveResults.SaveAsync(async () =>
        {
            assembly.Submit(context, clock.UtcNow);
            await db.SaveChangesAsync(cancellationToken);
        });
    }

    private async Task<Result> ChangeAsync(Guid assemblyId, Action<FoundingAssembly> change, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var assembly = await LoadOwnAsync(db, assemblyId, user, cancellationToken);
        if (assembly is null)
        {
            return Result.NotFound();
        }

        return await SaveResults.SaveAsync(async () =>
        {
            change(assembly);
            await db.SaveChangesAsync(cancellationToken);
        });
    }

    private static async Task<FoundingAssembly?> LoadOwnAsync(IAppDbContext db, Guid id, ICurrentUser user, CancellationToken cancellationToken) =>
        user.IsAuthenticated
            ? await db.FoundingAssemblies.Include(a => a.Events).SingleOrDefaultAsync(a => a.Id == id && a.ApplicantUserId == user.UserId, cancellationToken)
            : null;
}
