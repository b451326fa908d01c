using CoopPortal.Application.Common.Formatting;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Files;
using CoopPortal.Application.Common.Staff;
using CoopPortal.Application.Common.Time;
using CoopPortal.Application.Formation.Common;
using CoopPortal.Application.Registry.Common;
using CoopPortal.Application.Review.Decide;
using CoopPortal.Application.Supervision.Common;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Formation;
using CoopPortal.Domain.Supervision;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoopPortal.Application.Supervision.Declarations;

/// <summary>
/// The manager's side of the annual self-declaration: start it for a fiscal year that has ended (pre-filled from last
/// year's declaration, or from the registry), save and confirm each section, attach the inspectors' report, declare the
/// truth and submit. The office staff of the province read it through <see cref="GetAsync"/> once it is sent.
/// </summary>
public sealed class DeclarationHandler(
    IAppDbContextFactory dbFactory, ICurrentUserService currentUser, CaseFiles files, IStaffDirectory staff,
    IOptionsMonitor<SupervisionOptions> supervision, PortalClock clock)
{
    public const string YearNotEnded = "خوداظهاری هر سال مالی پس از پایان همان سال باز می‌شود.";
    public const string YearBeforeRegistration = "این تعاونی در آن سال مالی هنوز ثبت نشده بود.";

    public async Task<Result<Guid>> StartAsync(Guid cooperativeId, int fiscalYear, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var cooperative = await RegistryAccess.LoadCooperativeAsync(db, cooperativeId, user, cancellationToken);
        if (cooperative is null || !RegistryAccess.IsManager(cooperative, user))
        {
            return Result<Guid>.NotFound();
        }

        var existing = await db.SelfDeclarations.Where(d => d.CooperativeId == cooperativeId && d.FiscalYear == fiscalYear).Select(d => (Guid?)d.Id).SingleOrDefaultAsync(cancellationToken);
        if (existing is { } id)
        {
            return Result<Guid>.Success(id);
        }

        var today = clock.Today;
        if (!DeclarationCalendar.HasEnded(fiscalYear, today))
        {
            return Result<Guid>.Conflict(YearNotEnded);
        }

        if (fiscalYear < DeclarationCalendar.FirstYear(PersianFormat.LocalDate(cooperative.RegisteredAtUtc)))
        {
            return Result<Guid>.Conflict(YearBeforeRegistration);
        }

        var lastYear = await db.SelfDeclarations.AsNoTracking()
            .Where(d => d.CooperativeId == cooperativeId && d.FiscalYear < fiscalYear)
            .OrderByDescending(d => d.FiscalYear)
            .FirstOrDefaultAsync(cancellationToken);
        var preFilled = DeclarationContent.PreFill(lastYear?.Content, cooperative.MembersCount, cooperative.Capital, cooperative.Officers.Select(o => o.ToEntry()));
        var previousResult = lastYear is not null && lastYear.FiscalYear == fiscalYear - 1 ? lastYear.Content.NetProfitOrLoss : null;
        var declaration = SelfDeclaration.Start(cooperativeId, cooperative.ProvinceId, fiscalYear, preFilled, previousResult, user.UserId!, clock.UtcNow);
        db.SelfDeclarations.Add(declaration);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return Result<Guid>.Success(declaration.Id);
        }
        catch (DbUpdateException)
        {
            await using var again = await dbFactory.CreateAsync(cancellationToken);
            return Result<Guid>.Success(await again.SelfDeclarations.Where(d => d.CooperativeId == cooperativeId && d.FiscalYear == fiscalYear).Select(d => d.Id).SingleAsync(cancellationToken));
        }
    }

    public async Task<Result<DeclarationView>> GetAsync(Guid declarationId, CancellationToken cancellationToken)
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
        // While the manager edits (a draft, or a declaration sent back) the risk is a preview of what is stored now;
        // otherwise it is the assessment fixed at the last submission.
        var preview = declaration.IsEditable || declaration.RiskTotal is null;
        var risk = preview
            ? RiskRules.Assess(declaration.Facts(today), settings, today)
            : new RiskAssessment(declaration.RiskTotal!.Value, declaration.RiskBand!.Value, declaration.RiskFindings);
        var history = new List<CaseEventView>();
        foreach (var e in declaration.Events)
        {
            var actor = await staff.FullNameAsync(e.ActorUserId, cancellationToken);
            history.Add(new CaseEventView(e.AtUtc, DeclarationText.ActionTitle(e.Action), DeclarationText.Title(Enum.Parse<DeclarationStatus>(e.ToStatus)), e.Comment, actor));
        }

        var canReview = !isManager && RegistryAccess.IsOfficeStaff(user) && DeclarationText.AwaitsOffice(declaration.Status)
            && (user.IsInRole(Domain.Users.Roles.Reviewer) || user.IsInRole(Domain.Users.Roles.HeadOfOffice));
        return Result<DeclarationView>.Success(new DeclarationView(
            declaration.Id, cooperative.Id, cooperative.Name, cooperative.RegistrationNumber, declaration.FiscalYear,
            RiskRules.DueDate(declaration.FiscalYear, settings), declaration.Status, declaration.Content, declaration.PreviousYearNetProfitOrLoss,
            declaration.ConfirmedSections, declaration.TruthDeclared, declaration.Files, declaration.ReceiptNumber, declaration.SubmittedAtUtc,
            risk, preview, declaration.InspectionPlannedOn, declaration.ReturnComment, history,
            declaration.IsEditable ? DeclarationValidator.Validate(declaration, today) : [],
            isManager, isManager && declaration.IsEditable, canReview));
    }

    /// <summary>Saves one section's answers (whatever their state) and whether the manager confirms them.</summary>
    public Task<Result> SaveSectionAsync(Guid declarationId, DeclarationSection section, DeclarationContent content, bool confirmed, CancellationToken cancellationToken) =>
        ChangeAsync(declarationId, d => d.SaveSection(section, content, confirmed, clock.UtcNow), cancellationToken);

    public Task<Result> DeclareTruthAsync(Guid declarationId, bool declared, CancellationToken cancellationToken) =>
        ChangeAsync(declarationId, d => d.DeclareTruth(declared, clock.UtcNow), cancellationToken);

    public async Task<Result<Guid>> UploadInspectorsReportAsync(Guid declarationId, string fileName, long declaredSize, Stream content, CancellationToken cancellationToken)
    {
        if (files.CheckDeclaredSize(declaredSize) is { Succeeded: false } tooLarge)
        {
            return Result<Guid>.FailedAs(tooLarge);
        }

        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var declaration = await LoadOwnAsync(db, declarationId, user, cancellationToken);
        if (declaration is null)
        {
            return Result<Guid>.NotFound();
        }

        if (!declaration.IsEditable)
        {
            return Result<Guid>.Conflict(SelfDeclaration.NotEditable);
        }

        return await files.AttachAsync(db, fileName, content, upload =>
            declaration.AttachInspectorsReport(upload.FileName, upload.ContentType, upload.Size, upload.Sha256, upload.StorageKey, clock.UtcNow).Id,
            cancellationToken);
    }

    public async Task<Result> RemoveFileAsync(Guid declarationId, Guid fileId, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var declaration = await LoadOwnAsync(db, declarationId, user, cancellationToken);
        if (declaration is null)
        {
            return Result.NotFound();
        }

        return await files.RemoveAsync(db, () => declaration.RemoveFile(fileId, clock.UtcNow).StorageKey, cancellationToken);
    }

    public async Task<Result<FileDownload>> DownloadAsync(Guid declarationId, Guid fileId, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var loaded = await RegistryAccess.LoadDeclarationAsync(db, declarationId, user, cancellationToken);
        return await files.ReadAsync(loaded?.Declaration.Files.SingleOrDefault(f => f.Id == fileId), cancellationToken);
    }

    /// <summary>Submits (or resubmits) the declaration; when something is missing every problem comes back by field.</summary>
    public async Task<Result> SubmitAsync(Guid declarationId, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var declaration = await LoadOwnAsync(db, declarationId, user, cancellationToken);
        if (declaration is null)
        {
            return Result.NotFound();
        }

        var today = clock.Today;
        if (declaration.IsEditable && DeclarationValidator.Validate(declaration, today) is { Count: > 0 } problems)
        {
            return RegistryResults.Invalid(problems);
        }

        return await SaveResults.SaveAsync(async () =>
        {
            var wasResubmission = declaration.Status == DeclarationStatus.ReturnedForCorrection;
            declaration.Submit(user.UserId!, TrackingCode.New(), supervision.CurrentValue.ToRiskSettings(), today, clock.UtcNow);
            var cooperative = await db.Cooperatives.SingleAsync(c => c.Id == declaration.CooperativeId, cancellationToken);
            cooperative.RecordDeclaredMembers(declaration.FiscalYear, declaration.Content.MembersTotal, declaration.Content.MembersWomen, declaration.Content.MembersMen);
            if (wasResubmission && declaration.Events.LastOrDefault(e => e.Action == nameof(DeclarationAction.SendBack))?.ActorUserId is { } reviewer)
            {
                db.Notifications.Add(new Domain.Notifications.Notification(reviewer, "خوداظهاری اصلاح‌شده رسید",
                    $"خوداظهاری سال {PersianFormat.Digits(declaration.FiscalYear.ToString(System.Globalization.CultureInfo.InvariantCulture))} دوباره ارسال شد.", $"office/declarations/{declaration.Id}", clock.UtcNow));
            }

            await db.SaveChangesAsync(cancellationToken);
        });
    }

    private async Task<Result> ChangeAsync(Guid declarationId, Action<SelfDeclaration> change, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var declaration = await LoadOwnAsync(db, declarationId, user, cancellationToken);
        if (declaration is null)
        {
            return Result.NotFound();
        }

        return await SaveResults.SaveAsync(async () =>
        {
            change(declaration);
            await db.SaveChangesAsync(cancellationToken);
        });
    }

    /// <summary>A declaration, tracked for change, of a cooperative the caller manages; null otherwise.</summary>
    private static async Task<SelfDeclaration?> LoadOwnAsync(IAppDbContext db, Guid id, ICurrentUser user, CancellationToken cancellationToken)
    {
        var loaded = await RegistryAccess.LoadDeclarationAsync(db, id, user, cancellationToken, tracking: true);
        return loaded is var (declaration, cooperative) && RegistryAccess.IsManager(cooperative, user) ? declaration : null;
    }
}
