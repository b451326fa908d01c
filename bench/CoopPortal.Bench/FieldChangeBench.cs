using System.Globalization;
using System.Text.RegularExpressions;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Time;
using CoopPortal.Application.Formation.Common;
using CoopPortal.Application.Formation.EditDraft;
using CoopPortal.Application.Formation.GetApplication;
using CoopPortal.Application.Formation.StartApplication;
using CoopPortal.Domain.Users;
using CoopPortal.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CoopPortal.Bench;

/// <summary>
/// What one field change on a formation draft costs the database (issue 14, point 6): the SQL the page's change runs
/// (the save) and the reload that follows it, counted as round trips and as statements, with their time.
/// </summary>
internal static partial class FieldChangeBench
{
    public static async Task<List<(string What, string Figure)>> RunAsync(int samples)
    {
        var capture = new SqlCapture();
        using var factory = new CapturingPortalFactory(capture, new Dictionary<string, string?> { ["Review:EscalationIntervalMinutes"] = "43200" });
        var services = factory.Services;
        var nationalCode = TestNationalCodes.Next();
        var account = await TestAccounts.CreateAsync(services, nationalCode, "متقاضی سنجش", Roles.Applicant, null, "CoopPortal-Bench-1405");
        var user = new FixedUser(new CurrentUserSnapshot(account.Id, new HashSet<string> { Roles.Applicant }, null) { NationalCode = nationalCode });
        var db = services.GetRequiredService<IAppDbContextFactory>();
        var context = new FormationContext(services.GetRequiredService<IFormationRulesProvider>(), new PortalClock(TimeProvider.System));
        var id = (await new StartApplicationHandler(db, user, context).HandleAsync(default)).Value;
        var edit = new EditDraftHandler(db, user, context);
        var get = new GetApplicationHandler(db, user, context);

        var counter = 0;
        CooperativeDetailsInput Next() => new(null, null, null, null, 14, null, $"زنجان، خیابان سعدی، پلاک {++counter}", null, null);
        Task Save() => edit.SaveDetailsAsync(id, Next(), default);
        Task Reload() => get.HandleAsync(id, default);

        // Warm up, then count one change.
        await Save();
        await Reload();
        capture.Enabled = true;
        capture.Take();
        await Save();
        var saved = capture.Take();
        await Reload();
        var reloaded = capture.Take();
        capture.Enabled = false;

        return
        [
            ("field change: save (round trips / statements)", Count(saved)),
            ("field change: reload after the save (round trips / statements)", Count(reloaded)),
            ("field change: together", Count([.. saved, .. reloaded])),
            ("field change: save, time p50 / p95", await Bench.MeasureAsync(samples, Save)),
            ("field change: reload, time p50 / p95", await Bench.MeasureAsync(samples, Reload)),
        ];
    }

    private static string Count(List<CapturedCommand> commands) =>
        string.Create(CultureInfo.InvariantCulture, $"{commands.Count} / {commands.Sum(c => Statement().Count(c.Sql) + 1)}");

    /// <summary>A statement boundary inside one batched command (EF Core joins a save's statements with ";").</summary>
    [GeneratedRegex(@";\s*\n\s*\S")]
    private static partial Regex Statement();

    private sealed class FixedUser(ICurrentUser user) : ICurrentUserService
    {
        public Task<ICurrentUser> GetAsync(CancellationToken cancellationToken) => Task.FromResult(user);
    }
}
