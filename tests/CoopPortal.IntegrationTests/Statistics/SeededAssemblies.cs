using CoopPortal.Domain.Assemblies;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Registry;
using CoopPortal.Infrastructure.Persistence;
using CoopPortal.IntegrationTests.Common;
using CoopPortal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopPortal.IntegrationTests.Statistics;

/// <summary>
/// General assemblies written straight to the database for the statistics, each taken to its outcome through the
/// aggregate's own steps (notice published 20 days before the meeting, minutes sent five days after it): what the
/// statistics count is what the workflow leaves, not rows shaped by hand.
/// </summary>
internal sealed class SeededAssemblies(PortalDatabaseFixture fixture)
{
    /// <summary>Where an assembly is left.</summary>
    public enum Outcome
    {
        /// <summary>Published, no decision on supervision: counted nowhere.</summary>
        Announced,

        /// <summary>Cancelled by the manager after publishing.</summary>
        Cancelled,

        /// <summary>No observer; minutes confirmed by the office: held.</summary>
        HeldUnsupervised,

        /// <summary>Observer assigned, minutes sent, the observer has not reported: not yet supervised.</summary>
        AwaitingObserver,

        /// <summary>Observer confirmed, office not yet decided: supervised.</summary>
        ObserverConfirmed,

        /// <summary>Observer confirmed, minutes confirmed: held and supervised.</summary>
        HeldSupervised,

        /// <summary>Irregularities reported, office not yet decided: supervised, with irregularities.</summary>
        IrregularitiesReported,

        /// <summary>Irregularities reported, then the office confirmed the minutes: held, supervised, with irregularities.</summary>
        HeldDespiteIrregularities,

        /// <summary>Irregularities reported, minutes sent back and sent again: supervised, with irregularities.</summary>
        IrregularitiesThenResubmitted,
    }

    private const string Invitation = "از همه اعضای محترم تعاونی دعوت می‌شود در این مجمع حضور یابند.";
    private const string Findings = "حاضران پیش از رسیدن به حد نصاب رأی دادند و فهرست حاضران امضا نشد.";

    private string? _manager;
    private string? _observer;

    private async Task<AppDbContext> DbAsync() =>
        await fixture.Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();

    /// <summary>The first <paramref name="count"/> counties of the province, by id.</summary>
    public async Task<(int Id, string Name)[]> CountiesAsync(int province, int count = 2)
    {
        await using var db = await DbAsync();
        var counties = await db.Counties.AsNoTracking().Where(c => c.ProvinceId == province).OrderBy(c => c.Id).Take(count).Select(c => new { c.Id, c.Name }).ToListAsync();
        return counties.Select(c => (c.Id, c.Name)).ToArray();
    }

    /// <summary>A cooperative of the province and county (null: no county) with one assembly per outcome, all meeting on <paramref name="meetingOn"/>.</summary>
    public async Task AddAsync(int province, int? county, DateOnly meetingOn, params Outcome[] outcomes)
    {
        _manager ??= (await fixture.NewUserAsync(Domain.Users.Roles.CooperativeManager)).UserId!;
        _observer ??= (await fixture.NewUserAsync(Domain.Users.Roles.Reviewer, province)).UserId!;
        var cooperative = Cooperative.Import(new ImportedCooperative(
            "تعاونی مجامع " + Guid.NewGuid().ToString("N")[..8], TestNumbers.RegistrationNumber(),
            new DateOnly(2015, 1, 1), null, province, county, null, 20, 100_000_000, TestNationalCodes.Next(), "مدیر آزمون", null), DateTime.UtcNow);
        await using var db = await DbAsync();
        db.Cooperatives.Add(cooperative);
        db.GeneralAssemblies.AddRange(outcomes.Select(o => Reach(cooperative, meetingOn, o)));
        await db.SaveChangesAsync();
    }

    private GeneralAssembly Reach(Cooperative cooperative, DateOnly meetingOn, Outcome outcome)
    {
        var published = meetingOn.AddDays(-20);
        var at = published.ToDateTime(new TimeOnly(6, 0), DateTimeKind.Utc);
        DateTime Next() => at = at.AddMinutes(1);
        var assembly = GeneralAssembly.Start(cooperative, _manager!, GeneralAssemblyKind.OrdinaryHeldExtraordinarily, Next());
        assembly.EditNotice(new AssemblyNotice(GeneralAssemblyKind.OrdinaryHeldExtraordinarily, meetingOn, new TimeOnly(10, 0), "سالن اجتماعات اتاق تعاون", null, Invitation), Next());
        assembly.SetAgenda([new AgendaItem(AgendaItemKind.ApproveFinancialStatements)], Next());
        assembly.Announce(published, AssemblyRules.Default, Next());
        switch (outcome)
        {
            case Outcome.Announced:
                return assembly;
            case Outcome.Cancelled:
                assembly.Cancel(_manager!, "مجمع به سال بعد افتاد.", Next());
                return assembly;
            case Outcome.HeldUnsupervised:
                assembly.WaiveSupervision("head", "مجمع تنها صورت‌های مالی را تصویب می‌کند.", [], Next());
                break;
            default:
                assembly.AssignObserver("head", _observer!, "ناظر آزمون", Next());
                break;
        }

        at = meetingOn.AddDays(5).ToDateTime(new TimeOnly(6, 0), DateTimeKind.Utc);
        assembly.RecordAttendance(new Attendance(MeetingCall.First, 20, 9, 3), Next());
        assembly.RecordResolutions([new Resolution(0, true, 10, 2)], Next());
        assembly.AttachFile(MinutesFileKind.SignedMinutes, "minutes.pdf", "application/pdf", 100, "aa", "key-minutes", Next());
        assembly.SubmitMinutes(new MinutesContext(meetingOn.AddDays(5), RegistryRules.Default, AssemblyRules.Default, []), Next());
        switch (outcome)
        {
            case Outcome.ObserverConfirmed or Outcome.HeldSupervised:
                assembly.ObserverConfirm(_observer!, "مجمع طبق صورت‌جلسه تشکیل شد.", Next());
                break;
            case Outcome.IrregularitiesReported or Outcome.HeldDespiteIrregularities or Outcome.IrregularitiesThenResubmitted:
                assembly.ReportIrregularities(_observer!, Findings, Next());
                break;
        }

        switch (outcome)
        {
            case Outcome.HeldUnsupervised or Outcome.HeldSupervised or Outcome.HeldDespiteIrregularities:
                assembly.Confirm("reviewer", RegistryRules.Default, Next());
                break;
            case Outcome.IrregularitiesThenResubmitted:
                assembly.SendBack("reviewer", "فهرست امضاشده حاضران را بارگذاری کنید.", Next());
                assembly.SubmitMinutes(new MinutesContext(meetingOn.AddDays(6), RegistryRules.Default, AssemblyRules.Default, []), Next());
                break;
        }

        return assembly;
    }
}
