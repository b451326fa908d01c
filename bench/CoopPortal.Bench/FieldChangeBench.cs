using System.Globalization;
using System.Text.RegularExpressions;
using CoopPortal.Application.Formation.EditDraft;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Bench;

/// <summary>
/// What one field change on a formation draft costs the database (issue 14, point 6), done the way the cooperative
/// section page does it: the save, then what the page does with its answer (it folds the section's status and problems
/// into its view; only a refused save makes it load the whole application again). Counted as round trips and as
/// statements, with their time; the whole load (what the page did after every save before, and still does when it
/// opens) is measured beside it.
/// </summary>
internal static partial class FieldChangeBench
{
    public static async Task<List<(string What, string Figure)>> RunAsync(int samples)
    {
        using var draft = await BenchDraft.StartAsync();
        var (capture, services, user, db, context, id, edit, get) = (draft.Capture, draft.Services, draft.User, draft.Db, draft.Context, draft.Id, draft.Edit, draft.Get);
        int countyId;
        await using (var reference = await db.CreateAsync(default))
        {
            countyId = await reference.Counties.Where(c => c.ProvinceId == 14).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
        }

        var view = (await get.HandleAsync(id, default)).Value!;
        var counter = 0;
        var county = (int?)null;
        CooperativeDetailsInput Next() => new(null, null, null, null, 14, county, $"زنجان، خیابان سعدی، پلاک {++counter}", null, null);

        // What the page does on a change: save, then show the answer (or, when refused, load everything again).
        async Task FieldChange()
        {
            var saved = await edit.SaveDetailsAsync(id, Next(), default);
            view = saved is { Succeeded: true, Value: { } check } ? view.With(check) : (await get.HandleAsync(id, default)).Value!;
        }

        Task Load() => get.HandleAsync(id, default);

        async Task<(List<CapturedCommand> Change, List<CapturedCommand> Load)> CountOnce()
        {
            await FieldChange(); // warm up
            await Load();
            capture.Enabled = true;
            capture.Take();
            await FieldChange();
            var changed = capture.Take();
            await Load();
            var loaded = capture.Take();
            capture.Enabled = false;
            return (changed, loaded);
        }

        var (change, load) = await CountOnce();
        var changeTime = await Bench.MeasureAsync(samples, FieldChange);
        var loadTime = await Bench.MeasureAsync(samples, Load);
        county = countyId; // the county chosen too: its province is checked on each change
        var (changeWithCounty, loadWithCounty) = await CountOnce();

        return
        [
            ("field change: save and what the page then shows (round trips / statements)", Count(change)),
            ("field change, county chosen too (round trips / statements)", Count(changeWithCounty)),
            ("whole application load, as the page opens (round trips / statements)", Count(load)),
            ("whole application load, county chosen too (round trips / statements)", Count(loadWithCounty)),
            ("field change: time p50 / p95", changeTime),
            ("whole application load: time p50 / p95", loadTime),
        ];
    }

    internal static string Count(List<CapturedCommand> commands) =>
        string.Create(CultureInfo.InvariantCulture, $"{commands.Count} / {commands.Sum(c => Statement().Count(c.Sql) + 1)}");

    /// <summary>A statement boundary inside one batched command (EF Core joins a save's statements with ";").</summary>
    [GeneratedRegex(@";\s*\n\s*\S")]
    private static partial Regex Statement();
}
