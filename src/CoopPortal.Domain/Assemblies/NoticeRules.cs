using CoopPortal.Domain.Common;
using CoopPortal.Domain.Registry;

namespace CoopPortal.Domain.Assemblies;

/// <summary>
/// What a notice must say before it is published (domain.md: an assembly is convened by an invitation with its agenda a
/// set number of days ahead), each problem with its field and a Persian message: a day and time; a place or an online
/// link; the invitation text; at least one agenda item, each with what it needs and fitting the kind of assembly; the
/// meeting between <see cref="AssemblyRules.MinimumNoticeDays"/> and <see cref="AssemblyRules.MaximumNoticeDays"/> days
/// after the notice; the annual ordinary assembly inside its window after the fiscal year.
/// </summary>
public static class NoticeRules
{
    /// <summary>The shortest invitation worth sending (a sentence that says who is invited to what).</summary>
    public const int MinimumInvitationLength = 20;

    public static IReadOnlyList<FieldProblem> Validate(AssemblyNotice notice, IReadOnlyList<AgendaItem> agenda, DateOnly publishedOn, AssemblyRules rules)
    {
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(agenda);
        ArgumentNullException.ThrowIfNull(rules);
        var problems = new List<FieldProblem>();
        CheckDate(notice, publishedOn, rules, problems);
        if (notice.MeetingTime is null)
        {
            problems.Add(new("MeetingTime", "ساعت تشکیل مجمع را وارد کنید."));
        }

        if (string.IsNullOrWhiteSpace(notice.Place) && string.IsNullOrWhiteSpace(notice.OnlineLink))
        {
            problems.Add(new("Place", "محل تشکیل مجمع یا نشانی برگزاری برخط را وارد کنید."));
        }

        if (!string.IsNullOrWhiteSpace(notice.OnlineLink) && !IsWebAddress(notice.OnlineLink))
        {
            problems.Add(new("OnlineLink", "نشانی برگزاری برخط باید با https:// آغاز شود، مانند https://meet.example.ir/coop."));
        }

        if ((notice.Invitation?.Trim().Length ?? 0) < MinimumInvitationLength)
        {
            problems.Add(new("Invitation", $"متن دعوت‌نامه را بنویسید (دست‌کم {PersianDigits.ToPersian(MinimumInvitationLength.ToString(System.Globalization.CultureInfo.InvariantCulture))} نویسه)."));
        }

        CheckAgenda(notice.Kind, agenda, problems);
        return problems;
    }

    /// <summary>The window of the annual ordinary assembly that meets on <paramref name="meetingOn"/>: the day after the last fiscal year ended, and the last day.</summary>
    public static (DateOnly From, DateOnly To) OrdinaryWindow(DateOnly meetingOn, int windowMonths)
    {
        var yearEnd = FiscalYearEnd(JalaliDate.YearOf(meetingOn) - 1);
        return (yearEnd.AddDays(1), JalaliDate.AddMonths(yearEnd, windowMonths));
    }

    /// <summary>The agenda items each kind of assembly may take (the ordinary ones elect and approve, the extraordinary ones change).</summary>
    public static bool Fits(GeneralAssemblyKind kind, AgendaItemKind item) => item switch
    {
        AgendaItemKind.Other => true,
        AgendaItemKind.ApproveFinancialStatements or AgendaItemKind.ElectBoard or AgendaItemKind.ElectInspectors => kind != GeneralAssemblyKind.Extraordinary,
        _ => kind == GeneralAssemblyKind.Extraordinary,
    };

    private static void CheckDate(AssemblyNotice notice, DateOnly publishedOn, AssemblyRules rules, List<FieldProblem> problems)
    {
        if (notice.MeetingOn is not { } meeting)
        {
            problems.Add(new("MeetingOn", "تاریخ تشکیل مجمع را وارد کنید."));
            return;
        }

        var days = meeting.DayNumber - publishedOn.DayNumber;
        if (days < rules.MinimumNoticeDays)
        {
            problems.Add(new("MeetingOn", $"فاصله انتشار آگهی تا تشکیل مجمع دست‌کم {Number(rules.MinimumNoticeDays)} روز است؛ با انتشار امروز، مجمع از {JalaliPersian(publishedOn.AddDays(rules.MinimumNoticeDays))} می‌تواند تشکیل شود."));
        }
        else if (days > rules.MaximumNoticeDays)
        {
            problems.Add(new("MeetingOn", $"فاصله انتشار آگهی تا تشکیل مجمع بیش از {Number(rules.MaximumNoticeDays)} روز نمی‌شود؛ مجمع باید تا {JalaliPersian(publishedOn.AddDays(rules.MaximumNoticeDays))} تشکیل شود."));
        }

        if (notice.Kind == GeneralAssemblyKind.Ordinary)
        {
            var (from, to) = OrdinaryWindow(meeting, rules.OrdinaryWindowMonths);
            if (meeting > to)
            {
                problems.Add(new("MeetingOn", $"مجمع عمومی عادی سالانه باید تا {Number(rules.OrdinaryWindowMonths)} ماه پس از پایان سال مالی تشکیل شود ({JalaliPersian(from)} تا {JalaliPersian(to)}). برای تشکیل پس از این مهلت، «مجمع عمومی عادی به‌طور فوق‌العاده» را برگزینید."));
            }
        }
    }

    private static void CheckAgenda(GeneralAssemblyKind kind, IReadOnlyList<AgendaItem> agenda, List<FieldProblem> problems)
    {
        if (agenda.Count == 0)
        {
            problems.Add(new("Agenda", "دست‌کم یک دستور جلسه برگزینید."));
            return;
        }

        for (var i = 0; i < agenda.Count; i++)
        {
            var item = agenda[i];
            var field = $"Agenda[{i}]";
            if (!Fits(kind, item.Kind))
            {
                problems.Add(new(field, $"«{GeneralAssemblyText.Title(item.Kind)}» در دستور «{GeneralAssemblyText.Title(kind)}» نمی‌آید."));
            }

            if (item.Kind != AgendaItemKind.Other && agenda.Take(i).Any(earlier => earlier.Kind == item.Kind))
            {
                problems.Add(new(field, $"«{GeneralAssemblyText.Title(item.Kind)}» یک بار در دستور جلسه کافی است."));
            }

            CheckItem(item, field, problems);
        }
    }

    private static void CheckItem(AgendaItem item, string field, List<FieldProblem> problems)
    {
        switch (item.Kind)
        {
            case AgendaItemKind.ChangeCapital:
                if (item.CapitalFrom is not > 0)
                {
                    problems.Add(new(field + ".CapitalFrom", "سرمایه کنونی را به ریال وارد کنید."));
                }

                if (item.CapitalTo is not > 0)
                {
                    problems.Add(new(field + ".CapitalTo", "سرمایه پیشنهادی را به ریال وارد کنید."));
                }
                else if (item.CapitalTo == item.CapitalFrom)
                {
                    problems.Add(new(field + ".CapitalTo", "سرمایه پیشنهادی با سرمایه کنونی یکی است."));
                }

                break;
            case AgendaItemKind.AmendBylaws when string.IsNullOrWhiteSpace(item.NewBylaws):
                problems.Add(new(field + ".NewBylaws", "متن پیشنهادی مواد اصلاحی اساسنامه را بنویسید."));
                break;
            case AgendaItemKind.ChangeAddress when string.IsNullOrWhiteSpace(item.NewAddress):
                problems.Add(new(field + ".NewAddress", "نشانی پیشنهادی را بنویسید."));
                break;
            case AgendaItemKind.ChangeName when string.IsNullOrWhiteSpace(item.NewName):
                problems.Add(new(field + ".NewName", "نام پیشنهادی را بنویسید."));
                break;
            case AgendaItemKind.Other when string.IsNullOrWhiteSpace(item.Text):
                problems.Add(new(field + ".Text", "شرح این دستور جلسه را بنویسید."));
                break;
        }
    }

    private static bool IsWebAddress(string text) =>
        Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && !string.IsNullOrEmpty(uri.Host);

    private static DateOnly FiscalYearEnd(int year) => JalaliDate.FromParts(year + 1, 1, 1)!.Value.AddDays(-1);

    private static string Number(int value) => PersianDigits.ToPersian(value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static string JalaliPersian(DateOnly date) => PersianDigits.ToPersian(JalaliDate.Format(date));
}
