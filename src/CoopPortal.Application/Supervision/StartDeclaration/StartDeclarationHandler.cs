using CoopPortal.Application.Common.Formatting;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Time;
using CoopPortal.Application.Registry.Common;
using CoopPortal.Application.Supervision.Common;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Supervision;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Supervision.StartDeclaration;

/// <summary>
/// Starts (or returns) a manager's self-declaration for a fiscal year that has ended, pre-filled from last year's
/// declaration or from the registry (members, capital and officers as the last confirmed general assembly left them:
/// the board, the inspectors and the capital that confirmed assemblies changed after last year's fiscal year come from
/// the registry even when last year's declaration exists), and with the day of the year's ordinary assembly when the
/// portal recorded and confirmed it (<see cref="RecordedFacts"/>). Not found for anyone who
/// does not manage the cooperative; refused for a cooperative that files no new declarations
/// (<see cref="CooperativeLifecycle.FilesDeclarations"/>: dissolved, in liquidation or struck off).
/// </summary>
public sealed class StartDeclarationHandler(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, PortalClock clock)
{
    public const string YearNotEnded = "خوداظهاری هر سال مالی پس از پایان همان سال باز می‌شود.";
    public const string YearBeforeRegistration = "این تعاونی در آن سال مالی هنوز ثبت نشده بود.";

    public async Task<Result<Guid>> HandleAsync(Guid cooperativeId, int fiscalYear, CancellationToken cancellationToken)
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

        // A dissolved, liquidating or struck-off cooperative files no new declarations (issue 21, point 2).
        if (CooperativeLifecycle.DeclarationRefusal(cooperative.Status) is { } ended)
        {
            return Result<Guid>.Conflict(ended);
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
        // What confirmed assemblies changed in the registry after the year last year's declaration describes wins over it.
        var updated = lastYear is null ? RegistryUpdates.None
            : await RecordedFacts.UpdatesAfterAsync(db, cooperativeId, RiskRules.FiscalYearEnd(lastYear.FiscalYear), cancellationToken);
        var preFilled = DeclarationContent.PreFill(lastYear?.Content, cooperative.MembersCount, cooperative.Capital, cooperative.Officers.Select(o => o.ToEntry()), updated);
        if (await RecordedFacts.OrdinaryAssemblyHeldOnAsync(db, cooperativeId, fiscalYear, cancellationToken) is { } held)
        {
            preFilled = preFilled with { OrdinaryAssemblyHeldOn = held };
        }

        var previousResult = lastYear is not null && lastYear.FiscalYear == fiscalYear - 1 ? lastYear.Content.NetProfitOrLoss : null;
        var declaration = SelfDeclaration.Start(cooperativeId, cooperative.ProvinceId, cooperative.CountyId, fiscalYear, preFilled, previousResult, user.UserId!, clock.UtcNow);
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
}
