using CoopPortal.Domain.Assemblies;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Registry;

namespace CoopPortal.Testing;

/// <summary>
/// A general assembly of a cooperative taken through its own steps (notice, agenda, announcement, attendance,
/// resolutions, signed minutes) to confirmed by the office, or left with its minutes sent: for tests that start where
/// the manager's assembly journey ends (a dormancy case's revival reads it).
/// </summary>
public static class ConfirmedAssemblies
{
    /// <summary>
    /// The assembly meeting on <paramref name="meetingOn"/>, confirmed at <paramref name="confirmedAtUtc"/> when
    /// <paramref name="confirmed"/>; an ordinary one approves the financial statements, an extraordinary one amends the bylaws.
    /// </summary>
    public static GeneralAssembly Build(Cooperative cooperative, string managerUserId, DateOnly meetingOn, DateTime confirmedAtUtc,
        bool confirmed = true, GeneralAssemblyKind kind = GeneralAssemblyKind.Ordinary)
    {
        var at = meetingOn.AddDays(-20).ToDateTime(new TimeOnly(6, 0), DateTimeKind.Utc);
        DateTime Next() => at = at.AddMinutes(1);
        var assembly = GeneralAssembly.Start(cooperative, managerUserId, kind, Next());
        assembly.EditNotice(new AssemblyNotice(kind, meetingOn, new TimeOnly(10, 0), "سالن اجتماعات اتاق تعاون", null, "از همه اعضای محترم دعوت می‌شود."), Next());
        assembly.SetAgenda([kind == GeneralAssemblyKind.Extraordinary ? new AgendaItem(AgendaItemKind.AmendBylaws, NewBylaws: "ماده ۵ اساسنامه به این شرح اصلاح می‌شود.") : new AgendaItem(AgendaItemKind.ApproveFinancialStatements)], Next());
        assembly.Announce(meetingOn.AddDays(-20), AssemblyRules.Default, Next());
        assembly.WaiveSupervision("head", "مجمع تنها صورت‌های مالی را تصویب می‌کند.", [], Next());
        at = meetingOn.AddDays(1).ToDateTime(new TimeOnly(6, 0), DateTimeKind.Utc);
        assembly.RecordAttendance(new Attendance(MeetingCall.First, 20, 14, 1), Next());
        assembly.RecordResolutions([new Resolution(0, true, 10, 2)], Next());
        assembly.AttachFile(MinutesFileKind.SignedMinutes, "minutes.pdf", "application/pdf", 100, "aa", "key-minutes", Next());
        assembly.SubmitMinutes(new MinutesContext(meetingOn.AddDays(1), RegistryRules.Default, AssemblyRules.Default, []), Next());
        if (confirmed)
        {
            assembly.Confirm("reviewer", RegistryRules.Default, confirmedAtUtc);
        }

        return assembly;
    }
}
