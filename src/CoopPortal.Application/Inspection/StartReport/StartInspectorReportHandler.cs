using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Time;
using CoopPortal.Application.Inspection.Common;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Inspection;
using CoopPortal.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Inspection.StartReport;

/// <summary>
/// An inspector starts (or continues) their report of the last ended fiscal year on a cooperative they inspect today:
/// the report already started for that year is returned instead of a second. Not found for anyone who is not its
/// inspector today; refused with the Persian reason for an inspector who also manages it (E02).
/// </summary>
public sealed class StartInspectorReportHandler(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, PortalClock clock)
{
    public async Task<Result<Guid>> HandleAsync(Guid cooperativeId, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        var today = clock.Today;
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var cooperative = await InspectionAccess.LoadInspectedAsync(db, cooperativeId, user, today, cancellationToken);
        if (cooperative is null)
        {
            return Result<Guid>.NotFound();
        }

        var code = user.NationalCode!;
        var year = InspectionCalendar.ReportYear(today);
        if (await ExistingAsync(db, cooperativeId, year, code, cancellationToken) is { } existing)
        {
            return Result<Guid>.Success(existing);
        }

        var name = cooperative.Officers.First(o => o.Role == OfficerRole.Inspector && o.NationalCode == code).FullName;
        try
        {
            var report = InspectorReport.Start(cooperative, year, user.UserId!, code, name, clock.UtcNow);
            db.InspectorReports.Add(report);
            await db.SaveChangesAsync(cancellationToken);
            return Result<Guid>.Success(report.Id);
        }
        catch (DomainException ex)
        {
            return Result<Guid>.Conflict(ex.Message);
        }
        catch (DbUpdateException ex) when (ex.InnerException is System.Data.Common.DbException { SqlState: "23505" })
        {
            // Started at the same moment in another tab: the one stored is the report.
            await using var again = await dbFactory.CreateAsync(cancellationToken);
            return await ExistingAsync(again, cooperativeId, year, code, cancellationToken) is { } id ? Result<Guid>.Success(id) : Result<Guid>.Conflict(SaveResults.ChangedElsewhere);
        }
    }

    private static Task<Guid?> ExistingAsync(IAppDbContext db, Guid cooperativeId, int year, string code, CancellationToken cancellationToken) =>
        db.InspectorReports.Where(r => r.CooperativeId == cooperativeId && r.FiscalYear == year && r.InspectorNationalCode == code)
            .Select(r => (Guid?)r.Id)
            .FirstOrDefaultAsync(cancellationToken);
}
