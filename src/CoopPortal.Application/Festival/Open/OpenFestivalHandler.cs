using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Time;
using CoopPortal.Application.Festival.Common;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Festival;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Festival.Open;

/// <summary>
/// The office (a reviewer or the head of the provincial office) opens its province's festival of a fiscal year that
/// has ended. One per province and year: opening it again answers with the one already open.
/// </summary>
public sealed class OpenFestivalHandler(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, PortalClock clock)
{
    public const string YearNotEnded = "جشنواره برای سال مالی‌ای برگزار می‌شود که به پایان رسیده است.";

    public async Task<Result<Guid>> HandleAsync(int provinceId, int fiscalYear, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        if (!FestivalAccess.CanAct(user, provinceId))
        {
            return Result<Guid>.NotFound();
        }

        if (fiscalYear >= JalaliDate.YearOf(clock.Today) || JalaliDate.FromParts(fiscalYear, 1, 1) is null)
        {
            return Result<Guid>.Conflict(YearNotEnded);
        }

        await using var db = await dbFactory.CreateAsync(cancellationToken);
        if (await ExistingAsync(db, provinceId, fiscalYear, cancellationToken) is { } existing)
        {
            return Result<Guid>.Success(existing);
        }

        var festival = FestivalCase.Open(provinceId, fiscalYear, user.UserId!, clock.UtcNow);
        db.Festivals.Add(festival);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Opened a moment earlier by a colleague (one per province and year): theirs is the festival.
            await using var again = await dbFactory.CreateAsync(cancellationToken);
            return await ExistingAsync(again, provinceId, fiscalYear, cancellationToken) is { } theirs
                ? Result<Guid>.Success(theirs)
                : throw new InvalidOperationException("The festival was neither saved nor found.");
        }

        return Result<Guid>.Success(festival.Id);
    }

    private static async Task<Guid?> ExistingAsync(IAppDbContext db, int provinceId, int fiscalYear, CancellationToken cancellationToken) =>
        await db.Festivals.Where(f => f.ProvinceId == provinceId && f.FiscalYear == fiscalYear).Select(f => (Guid?)f.Id).SingleOrDefaultAsync(cancellationToken);
}
