using System.Globalization;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Registry;

namespace CoopPortal.Domain.Assemblies;

/// <summary>
/// What the minutes of a general assembly must show before they are sent (domain.md: quorum differs between the first
/// and second call; elections of the board and inspectors), each problem with its field and a Persian message: the
/// meeting has taken place; attendance given and within the members; the quorum of the call met
/// (<see cref="AssemblyRules.QuorumPercent"/>); a resolution for every agenda item; those elected only for posts the
/// agenda elects, only approved candidates, each once, as many as the registry's rules ask; for a resolution to dissolve,
/// the liquidators and the period (<see cref="DissolutionTerms"/>); the signed minutes uploaded.
/// </summary>
public static class MinutesRules
{
    public static IReadOnlyList<FieldProblem> Validate(GeneralAssembly assembly, MinutesContext context)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        ArgumentNullException.ThrowIfNull(context);
        var problems = new List<FieldProblem>();
        if (assembly.Notice.MeetingOn is { } meeting && meeting > context.Today)
        {
            problems.Add(new("Minutes", $"صورت‌جلسه پس از تشکیل مجمع ({Persian(JalaliDate.Format(meeting))}) فرستاده می‌شود."));
        }

        CheckAttendance(assembly, context.Rules, problems);
        CheckResolutions(assembly, problems);
        CheckElected(assembly, context, problems);
        CheckDissolution(assembly, context, problems);
        if (!assembly.FilesOf(MinutesFileKind.SignedMinutes).Any())
        {
            problems.Add(new("Files." + MinutesFileKind.SignedMinutes, "تصویر صورت‌جلسه امضاشده هیئت رئیسه مجمع را بارگذاری کنید."));
        }

        return problems;
    }

    /// <summary>The fewest members present or represented for the quorum: more than <paramref name="percent"/> percent of <paramref name="members"/>.</summary>
    public static int QuorumOf(int members, int percent) => Math.Max(1, (members * percent / 100) + 1);

    private static void CheckAttendance(GeneralAssembly assembly, AssemblyRules rules, List<FieldProblem> problems)
    {
        var attendance = assembly.Attendance;
        if (attendance.Members is not > 0)
        {
            problems.Add(new("Attendance.Members", "تعداد اعضای تعاونی در روز مجمع را وارد کنید."));
            return;
        }

        if (attendance.Present is not >= 0 || attendance.Represented is not >= 0)
        {
            problems.Add(new("Attendance.Present", "تعداد اعضای حاضر و اعضای دارای وکالت‌نامه را وارد کنید (صفر اگر نبود)."));
            return;
        }

        var members = attendance.Members.Value;
        var counted = attendance.Counted!.Value;
        if (counted > members)
        {
            problems.Add(new("Attendance.Present", $"حاضران و وکالتی‌ها ({Number(counted)}) از تعداد اعضا ({Number(members)}) بیشترند."));
            return;
        }

        var percent = rules.QuorumPercent(assembly.Notice.Kind, attendance.Call);
        var needed = QuorumOf(members, percent);
        if (counted < needed)
        {
            var share = percent == 0 ? "دست‌کم یک عضو" : $"بیش از {Number(percent)} درصد اعضا";
            problems.Add(new("Attendance.Present",
                $"حد نصاب {GeneralAssemblyText.Title(attendance.Call)} {GeneralAssemblyText.Title(assembly.Notice.Kind)} {share} است ({Number(needed)} از {Number(members)} نفر)؛ حاضر و وکالتی: {Number(counted)}."));
        }
    }

    private static void CheckResolutions(GeneralAssembly assembly, List<FieldProblem> problems)
    {
        for (var i = 0; i < assembly.Agenda.Count; i++)
        {
            if (assembly.Resolutions.All(r => r.Item != i))
            {
                problems.Add(new($"Resolutions[{i}]", $"نتیجه «{ItemTitle(assembly.Agenda[i])}» را ثبت کنید (تصویب شد یا نشد)."));
            }
        }

        foreach (var resolution in assembly.Resolutions)
        {
            var counted = assembly.Attendance.Counted;
            if (counted is { } c && (resolution.VotesFor ?? 0) + (resolution.VotesAgainst ?? 0) > c)
            {
                problems.Add(new($"Resolutions[{resolution.Item}]", $"جمع آرای موافق و مخالف از حاضران و وکالتی‌ها ({Number(c)}) بیشتر است."));
            }
        }
    }

    private static void CheckElected(GeneralAssembly assembly, MinutesContext context, List<FieldProblem> problems)
    {
        var electsBoard = assembly.Adopted(AgendaItemKind.ElectBoard);
        var electsInspectors = assembly.Adopted(AgendaItemKind.ElectInspectors);
        for (var i = 0; i < assembly.Elected.Count; i++)
        {
            var officer = assembly.Elected[i];
            var field = $"Elected[{i}]";
            var board = EligibilityRules.IsBoard(officer.Role);
            if (officer.Role == OfficerRole.Ceo || (board && !electsBoard) || (!board && !electsInspectors))
            {
                problems.Add(new(field, $"«{GeneralAssemblyText.Post(officer.Role)}» در دستور تصویب‌شده این مجمع انتخاب نمی‌شود."));
                continue;
            }

            var approved = context.ApprovedCandidates.Any(c => c.NationalCode == officer.NationalCode && EligibilityRules.IsBoard(c.Post) == board);
            if (!approved)
            {
                problems.Add(new(field, $"«{officer.FullName}» نامزد تأییدشده {(board ? "هیئت مدیره" : "بازرسی")} این مجمع نیست."));
            }

            if (assembly.Elected.Take(i).Any(o => o.NationalCode == officer.NationalCode))
            {
                problems.Add(new(field, $"«{officer.FullName}» بیش از یک بار انتخاب شده است."));
            }

            if (officer.Votes is { } votes && assembly.Attendance.Counted is { } counted && votes > counted)
            {
                problems.Add(new(field, $"آرای «{officer.FullName}» از حاضران و وکالتی‌ها ({Number(counted)}) بیشتر است."));
            }
        }

        if (electsBoard)
        {
            var principals = assembly.Elected.Count(o => o.Role == OfficerRole.BoardMember);
            if (principals < context.Registry.MinimumBoard || principals > context.Registry.MaximumBoard)
            {
                problems.Add(new("Elected", $"هیئت مدیره {Number(context.Registry.MinimumBoard)} تا {Number(context.Registry.MaximumBoard)} عضو اصلی دارد؛ انتخاب‌شده: {Number(principals)}."));
            }
        }

        if (electsInspectors)
        {
            var inspectors = assembly.Elected.Count(o => o.Role == OfficerRole.Inspector);
            if (inspectors < 1 || inspectors > context.Registry.MaximumInspectors)
            {
                problems.Add(new("Elected", $"مجمع ۱ تا {Number(context.Registry.MaximumInspectors)} بازرس اصلی برمی‌گزیند؛ انتخاب‌شده: {Number(inspectors)}."));
            }
        }
    }

    /// <summary>A resolution to dissolve names 1 to 3 liquidators (checked national codes) and the period's end, within the settings.</summary>
    private static void CheckDissolution(GeneralAssembly assembly, MinutesContext context, List<FieldProblem> problems)
    {
        if (!assembly.ResolvesDissolution || assembly.Notice.MeetingOn is not { } meeting)
        {
            return;
        }

        var terms = assembly.Dissolution;
        problems.AddRange(Liquidation.LiquidationChecks.Validate(terms.LiquidatorsFrom(meeting), meeting, terms.EndsOn, context.Liquidation)
            .Select(p => p with { Field = "Dissolution." + p.Field }));
    }

    private static string ItemTitle(AgendaItem item) => item.Kind == AgendaItemKind.Other && item.Text is { } text ? text : GeneralAssemblyText.Title(item.Kind);

    private static string Number(int value) => Persian(value.ToString(CultureInfo.InvariantCulture));

    private static string Persian(string text) => PersianDigits.ToPersian(text);
}
