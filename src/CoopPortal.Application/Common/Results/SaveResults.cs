using CoopPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Common.Results;

/// <summary>Runs a change and turns the refusals people can cause into Persian results instead of errors.</summary>
public static class SaveResults
{
    /// <summary>
    /// The last guard for a text longer than its column (PostgreSQL's 22001): the domain keeps texts within
    /// <see cref="FieldLengths"/>, so this is a value no rule knew of; the change is refused, nothing else is lost.
    /// </summary>
    public const string ValueTooLong = "یکی از مقدارها از اندازه‌ای که سامانه نگه می‌دارد بلندتر است و ذخیره نشد؛ متن‌های بلند را کوتاه کنید و دوباره ذخیره کنید.";

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
        catch (DbUpdateException ex) when (ex.InnerException is System.Data.Common.DbException { SqlState: "22001" })
        {
            return Result.Conflict(ValueTooLong);
        }
    }
}
