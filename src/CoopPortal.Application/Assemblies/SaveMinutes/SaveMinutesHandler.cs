using CoopPortal.Application.Assemblies.Common;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Time;

namespace CoopPortal.Application.Assemblies.SaveMinutes;

/// <summary>
/// Saves the minutes as typed (attendance, resolutions, those elected, a dissolution's liquidators and period): nothing is checked but what the aggregate keeps
/// (a resolution for an item not on the agenda is dropped); <see cref="SubmitMinutes.SubmitMinutesHandler"/> checks the
/// rules. Only a manager of the cooperative, while the minutes may be written.
/// </summary>
public sealed class SaveMinutesHandler(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, PortalClock clock)
{
    public async Task<Result> HandleAsync(Guid assemblyId, MinutesForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var assembly = await GeneralAssemblyAccess.LoadOwnAsync(db, assemblyId, user, cancellationToken);
        if (assembly is null)
        {
            return Result.NotFound();
        }

        return await SaveResults.SaveAsync(async () =>
        {
            assembly.RecordAttendance(form.Attendance, clock.UtcNow);
            assembly.RecordResolutions(form.Resolutions, clock.UtcNow);
            assembly.RecordElected(form.Elected, clock.UtcNow);
            if (form.Dissolution is { } dissolution)
            {
                assembly.RecordDissolution(dissolution, clock.UtcNow);
            }

            await db.SaveChangesAsync(cancellationToken);
        });
    }
}
