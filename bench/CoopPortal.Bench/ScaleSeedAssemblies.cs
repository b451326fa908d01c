using CoopPortal.Application.Common.Formatting;
using CoopPortal.Domain.Assemblies;
using Npgsql;
using NpgsqlTypes;

namespace CoopPortal.Bench;

/// <summary>
/// The general assemblies of the seeded cooperatives (issue 19), for the statistics per county: meeting days spread over
/// the ten years (and a few weeks ahead) in proportion to the cooperatives registered by then, so later years hold more.
/// Each assembly walks <see cref="GeneralAssembly.Workflow"/> with rising timestamps: the notice published, the head of
/// office assigning an observer (always when the board is elected) or waiving supervision, the minutes sent after the
/// meeting, the observer confirming or reporting irregularities, the office confirming or sending back (and the minutes
/// sent again), a few cancelled on the way. Steps that would fall after «now» do not happen, so the assemblies still under
/// way are the recent ones. Written in meeting-day order (as a live table grows), by binary COPY.
/// </summary>
internal sealed class ScaleSeedAssemblies(ScaleSeedStaff staff, DateTime nowUtc)
{
    private const int Chunk = 20_000;

    private const string Columns = "(\"Id\", \"CooperativeId\", \"CooperativeName\", \"ProvinceId\", \"CountyId\", \"FiledByUserId\", \"Status\", \"Agenda\", " +
        "\"PublishedOn\", \"ObserverUserId\", \"ObserverName\", \"SupervisionWaiverReason\", \"Resolutions\", \"Elected\", \"Files\", \"ObserverFindings\", " +
        "\"ReturnComment\", \"CreatedAtUtc\", \"UpdatedAtUtc\", \"MinutesSubmittedAtUtc\", \"ConfirmedAtUtc\", \"AttendanceCall\", \"AttendanceMembers\", " +
        "\"AttendancePresent\", \"AttendanceRepresented\", \"Invitation\", \"Kind\", \"MeetingOn\", \"MeetingTime\", \"OnlineLink\", \"Place\")";

    private const string ObserverName = "کارشناس ناظر اداره تعاون";
    private const string WaiverReason = "دستور جلسه انتخابات یا انحلال ندارد و ریسک خوداظهاری تعاونی کم است.";
    private const string ObserverNote = "مجمع با حد نصاب و طبق آگهی تشکیل شد.";
    private const string Findings = "رأی‌گیری پیش از رسیدن به حد نصاب انجام شد و فهرست حاضران امضا نشد.";
    private const string SendBackComment = "تصویر امضاشده فهرست حاضران را بارگذاری کنید.";

    private long _events;

    public long Assemblies { get; private set; }

    public long Events => _events;

    /// <summary>Writes about <paramref name="total"/> assemblies of these cooperatives (each at least a month after its registration) and their histories.</summary>
    public async Task WriteAsync(NpgsqlConnection connection, IReadOnlyList<RegisteredCooperative> cooperatives, int total, DateTime fromUtc, Random random)
    {
        var until = nowUtc.AddDays(45);
        var spans = new Weighted<int>(Enumerable.Range(0, cooperatives.Count)
            .Select(i => (i, Math.Max(0, (until - Max(cooperatives[i].RegisteredAtUtc.AddDays(30), fromUtc)).TotalDays))));
        var planned = new List<(DateOnly MeetingOn, int Cooperative)>(total);
        while (planned.Count < total)
        {
            var i = spans.Next(random);
            var since = Max(cooperatives[i].RegisteredAtUtc.AddDays(30), fromUtc);
            var meetingOn = PersianFormat.LocalDate(since + ((until - since) * random.NextDouble()));
            if (MeetingUtc(meetingOn).AddDays(-20) < nowUtc) // the notice of a meeting further ahead is not yet written
            {
                planned.Add((meetingOn, i));
            }
        }

        planned.Sort((a, b) => a.MeetingOn.CompareTo(b.MeetingOn));
        for (var start = 0; start < planned.Count; start += Chunk)
        {
            var events = new List<SeedCaseEvent>();
            await using (var writer = await connection.BeginBinaryImportAsync($"COPY general_assemblies {Columns} FROM STDIN (FORMAT BINARY)"))
            {
                foreach (var (meetingOn, i) in planned.Skip(start).Take(Chunk))
                {
                    Write(writer, cooperatives[i], meetingOn, events, random);
                }

                await writer.CompleteAsync();
            }

            await ScaleSeed.WriteCaseEventsAsync(connection, "general_assembly_events", "AssemblyId", events);
        }
    }

    private void Write(NpgsqlBinaryImporter writer, RegisteredCooperative cooperative, DateOnly meetingOn, List<SeedCaseEvent> events, Random random)
    {
        var id = ScaleSeedValues.OrderedId(ScaleSeed.AssemblyTag, Assemblies++);
        var template = AssemblyTemplate.All.Next(random);
        var manager = ScaleSeedStaff.ApplicantId(cooperative.ManagerIndex);
        var meetingUtc = MeetingUtc(meetingOn);
        var createdAt = meetingUtc.AddDays(-20 - random.Next(25)) - TimeSpan.FromHours(random.Next(8));
        var officeSpeed = 1.0 + (cooperative.ProvinceId % 5 * 0.5); // offices differ: mean days a decision waits
        var status = GeneralAssemblyStatus.Draft;
        var updatedAt = createdAt;
        var t = createdAt;
        string? observer = null;
        string? waiver = null;
        string? findings = null;
        string? returnComment = null;
        DateOnly? publishedOn = null;
        DateTime? minutesAt = null;
        DateTime? confirmedAt = null;

        // Takes the step at «at» if that moment has come; false (and nothing changes) if it lies ahead.
        bool Step(GeneralAssemblyAction action, DateTime at, string actor, string? comment = null)
        {
            at = Max(at, t.AddMinutes(1));
            if (at > nowUtc)
            {
                return false;
            }

            var from = status;
            status = GeneralAssembly.Workflow.Move(from, action);
            events.Add(new SeedCaseEvent(
                ScaleSeedValues.OrderedId(ScaleSeed.AssemblyEventTag, _events++), id, at, actor, action.ToString(), from.ToString(), status.ToString(), comment,
                GeneralAssembly.Workflow.IsShownToApplicant(from, action)));
            updatedAt = t = at;
            return true;
        }

        string Reviewer()
        {
            var reviewer = staff.Reviewer(cooperative.ProvinceId, random);
            return reviewer == observer ? Reviewer() : reviewer; // never the observer who reported on the same meeting
        }

        Walk();
        writer.StartRow();
        writer.Write(id, NpgsqlDbType.Uuid);
        writer.Write(cooperative.Id, NpgsqlDbType.Uuid);
        writer.Write(cooperative.Name, NpgsqlDbType.Varchar);
        writer.Write(cooperative.ProvinceId, NpgsqlDbType.Integer);
        ScaleSeed.WriteNullable(writer, cooperative.CountyId, NpgsqlDbType.Integer);
        writer.Write(manager, NpgsqlDbType.Varchar);
        writer.Write(status.ToString(), NpgsqlDbType.Varchar);
        writer.Write(template.Agenda, NpgsqlDbType.Jsonb);
        ScaleSeed.WriteNullable(writer, publishedOn, NpgsqlDbType.Date);
        ScaleSeed.WriteText(writer, observer);
        ScaleSeed.WriteText(writer, observer is null ? null : ObserverName);
        ScaleSeed.WriteText(writer, waiver);
        writer.Write(minutesAt is null ? "[]" : template.Resolutions, NpgsqlDbType.Jsonb);
        writer.Write(minutesAt is null ? "[]" : template.Elected, NpgsqlDbType.Jsonb);
        writer.Write(minutesAt is null ? "[]" : template.Files, NpgsqlDbType.Jsonb);
        ScaleSeed.WriteText(writer, findings);
        ScaleSeed.WriteText(writer, returnComment);
        writer.Write(createdAt, NpgsqlDbType.TimestampTz);
        writer.Write(updatedAt, NpgsqlDbType.TimestampTz);
        ScaleSeed.WriteNullable(writer, minutesAt, NpgsqlDbType.TimestampTz);
        ScaleSeed.WriteNullable(writer, confirmedAt, NpgsqlDbType.TimestampTz);
        var second = random.Chance(0.2);
        writer.Write(minutesAt is not null && second ? nameof(MeetingCall.Second) : nameof(MeetingCall.First), NpgsqlDbType.Varchar);
        var members = 20 + random.Next(200);
        int? Recorded(int value) => minutesAt is null ? null : value; // attendance is part of the minutes
        ScaleSeed.WriteNullable(writer, Recorded(members), NpgsqlDbType.Integer);
        ScaleSeed.WriteNullable(writer, Recorded(second ? members / 4 : (members / 2) + 1), NpgsqlDbType.Integer);
        ScaleSeed.WriteNullable(writer, Recorded(members / 10), NpgsqlDbType.Integer);
        writer.Write(template.Invitation, NpgsqlDbType.Varchar);
        writer.Write(template.Kind.ToString(), NpgsqlDbType.Varchar);
        writer.Write(meetingOn, NpgsqlDbType.Date);
        writer.Write(new TimeOnly(10, 0), NpgsqlDbType.Time);
        writer.WriteNull();
        writer.Write("سالن اجتماعات تعاونی، " + cooperative.Name, NpgsqlDbType.Varchar);

        void Walk()
        {
            if (random.Chance(0.02))
            {
                Step(GeneralAssemblyAction.Cancel, t + random.Days(3), manager, "مجمع در این تاریخ تشکیل نمی‌شود.");
                return;
            }

            if (!Step(GeneralAssemblyAction.Announce, t + random.Days(1), manager))
            {
                return;
            }

            publishedOn = PersianFormat.LocalDate(t);
            var decideAt = Min(t + random.Days(officeSpeed), meetingUtc.AddDays(-1));
            if (random.Chance(0.04))
            {
                Step(GeneralAssemblyAction.Cancel, decideAt, manager, "هیئت مدیره تشکیل مجمع را به تعویق انداخت.");
                return;
            }

            if (random.Chance(template.ObserverChance))
            {
                var assigned = staff.Reviewer(cooperative.ProvinceId, random);
                if (!Step(GeneralAssemblyAction.AssignObserver, decideAt, staff.Head(cooperative.ProvinceId, random), ObserverName))
                {
                    return;
                }

                observer = assigned;
            }
            else
            {
                if (!Step(GeneralAssemblyAction.WaiveSupervision, decideAt, staff.Head(cooperative.ProvinceId, random), WaiverReason))
                {
                    return;
                }

                waiver = WaiverReason;
            }

            if (random.Chance(0.03))
            {
                Step(GeneralAssemblyAction.Cancel, meetingUtc.AddDays(-2), manager, "حد نصاب در نوبت اول و دوم فراهم نشد.");
                return;
            }

            if (!Step(GeneralAssemblyAction.SubmitMinutes, meetingUtc.AddDays(1) + random.Days(6), manager))
            {
                return;
            }

            minutesAt = t;
            if (status == GeneralAssemblyStatus.AwaitingObserver)
            {
                var irregular = random.Chance(0.15);
                findings = irregular ? Findings : ObserverNote;
                if (!Step(irregular ? GeneralAssemblyAction.ReportIrregularities : GeneralAssemblyAction.ObserverConfirm, t + random.Days(3), observer!, findings))
                {
                    findings = null;
                    return;
                }
            }

            for (var round = 0; ; round++)
            {
                if (round < 2 && random.Chance(0.12))
                {
                    if (!Step(GeneralAssemblyAction.SendBack, t + random.Days(officeSpeed * 2), Reviewer(), SendBackComment))
                    {
                        return;
                    }

                    returnComment = SendBackComment;
                    if (!Step(GeneralAssemblyAction.SubmitMinutes, t + random.Days(5), manager))
                    {
                        return;
                    }

                    returnComment = null;
                    minutesAt = t;
                    continue;
                }

                if (Step(GeneralAssemblyAction.Confirm, t + random.Days(officeSpeed * 2), Reviewer()))
                {
                    confirmedAt = t;
                }

                return;
            }
        }
    }

    /// <summary>Ten in the morning of the meeting day in Iran, in UTC (not midnight: on the days Iran moved its clocks, midnight did not exist).</summary>
    private static DateTime MeetingUtc(DateOnly meetingOn) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(meetingOn.ToDateTime(new TimeOnly(10, 0)), DateTimeKind.Unspecified), PersianFormat.TimeZone);

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;
}
