using CoopPortal.Application.Common.Security;
using System.Globalization;
using CoopPortal.Application.Assemblies.Common;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Time;
using CoopPortal.Domain.Assemblies;
using CoopPortal.Domain.Common;

namespace CoopPortal.Application.Assemblies.SaveNotice;

/// <summary>
/// Saves the draft notice as typed (kind, day and time, place, link, invitation, agenda): nothing typed is lost; a day or
/// time that cannot be read is refused with a Persian message for its field and the rest is saved. Only a manager of the
/// cooperative, only while the notice is a draft.
/// </summary>
public sealed class SaveNoticeHandler(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, PortalClock clock)
{
    public const string BadDate = "تاریخ را به شکل ۱۴۰۵/۰۳/۲۰ وارد کنید.";
    public const string BadTime = "ساعت را به شکل ۱۷:۳۰ وارد کنید.";

    public async Task<Result> HandleAsync(Guid assemblyId, NoticeForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var assembly = await GeneralAssemblyAccess.LoadOwnAsync(db, assemblyId, user, cancellationToken);
        if (assembly is null)
        {
            return Result.NotFound();
        }

        var errors = new Dictionary<string, string[]>();
        var meetingOn = string.IsNullOrWhiteSpace(form.MeetingOn) ? null : JalaliDate.Parse(form.MeetingOn);
        if (meetingOn is null && !string.IsNullOrWhiteSpace(form.MeetingOn))
        {
            errors["MeetingOn"] = [BadDate];
        }

        var meetingTime = ParseTime(form.MeetingTime);
        if (meetingTime is null && !string.IsNullOrWhiteSpace(form.MeetingTime))
        {
            errors["MeetingTime"] = [BadTime];
        }

        var saved = await SaveResults.SaveAsync(async () =>
        {
            // A day or time that cannot be read keeps the one stored (the form still shows what was typed); an empty one clears it.
            var day = errors.ContainsKey("MeetingOn") ? assembly.Notice.MeetingOn : meetingOn;
            var time = errors.ContainsKey("MeetingTime") ? assembly.Notice.MeetingTime : meetingTime;
            assembly.EditNotice(new AssemblyNotice(form.Kind, day, time, form.Place, form.OnlineLink, form.Invitation), clock.UtcNow);
            assembly.SetAgenda(form.Agenda, clock.UtcNow);
            await db.SaveChangesAsync(cancellationToken);
        });
        return saved.Succeeded && errors.Count > 0 ? Result.Invalid(errors) : saved;
    }

    /// <summary>"17:30", "۱۷:۳۰" or "9:05" as a time of day; null when it is not one.</summary>
    public static TimeOnly? ParseTime(string? text)
    {
        var ascii = PersianDigits.ToAscii(text).Trim();
        return TimeOnly.TryParseExact(ascii, ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;
    }
}
