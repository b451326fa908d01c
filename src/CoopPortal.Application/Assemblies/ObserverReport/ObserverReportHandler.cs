using CoopPortal.Application.Assemblies.Common;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Time;
using CoopPortal.Domain.Assemblies;

namespace CoopPortal.Application.Assemblies.ObserverReport;

/// <summary>
/// The observer assigned to a supervised assembly reports on the meeting once its minutes are sent: confirms it was held
/// as they say (a note is optional) or reports irregularities with findings. Nobody else may (the table's assignee).
/// </summary>
public sealed class ObserverReportHandler(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, PortalClock clock)
{
    public const string ObserverOnly = "گزارش نظارت را ناظر تعیین‌شده برای همین مجمع ثبت می‌کند.";

    public Task<Result> ConfirmAsync(Guid assemblyId, string? note, CancellationToken cancellationToken) =>
        ReportAsync(assemblyId, GeneralAssemblyAction.ObserverConfirm, (assembly, observer) => assembly.ObserverConfirm(observer, note, clock.UtcNow), cancellationToken);

    public Task<Result> ReportIrregularitiesAsync(Guid assemblyId, string? findings, CancellationToken cancellationToken) =>
        ReportAsync(assemblyId, GeneralAssemblyAction.ReportIrregularities, (assembly, observer) => assembly.ReportIrregularities(observer, findings ?? string.Empty, clock.UtcNow), cancellationToken);

    private async Task<Result> ReportAsync(Guid assemblyId, GeneralAssemblyAction action, Action<GeneralAssembly, string> report, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        if (await GeneralAssemblyAccess.LoadAsync(db, assemblyId, user, cancellationToken, tracking: true) is not var (assembly, cooperative))
        {
            return Result.NotFound();
        }

        if (GeneralAssemblyAccess.Refusal(assembly, cooperative, action, user, _ => ObserverOnly) is { } refusal)
        {
            return Result.Forbidden(refusal);
        }

        return await SaveResults.SaveAsync(async () =>
        {
            report(assembly, user.UserId!);
            await db.SaveChangesAsync(cancellationToken);
        });
    }
}
