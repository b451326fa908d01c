using CoopPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Common.Results;

/// <summary>Runs a change and turns the refusals people can cause into Persian results instead of errors.</summary>
public static class SaveResults
{
    public const string ChangedElsewhere = "این درخواست هم‌زمان در جای دیگری تغییر کرده است؛ صفحه را دوباره باز کنید تا آخرین نسخه را ببینید.";

    public static async Task<Result> SaveAsync(Func<Task> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        try
        {
            await change();
            return Result.Success();
        }
        catch (DomainException ex)
        {
            return Result.Conflict(ex.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result.Conflict(ChangedElsewhere);
        }
    }
}
