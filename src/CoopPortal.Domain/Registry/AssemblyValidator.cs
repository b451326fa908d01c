using CoopPortal.Domain.Common;
using CoopPortal.Domain.ValueObjects;

namespace CoopPortal.Domain.Registry;

/// <summary>The rules a founding assembly must meet before it is sent to the office (domain.md, "Forming a cooperative").</summary>
public static class AssemblyValidator
{
    public static IReadOnlyList<FieldProblem> Validate(FoundingAssembly assembly, AssemblyContext context)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        ArgumentNullException.ThrowIfNull(context);
        var problems = new List<FieldProblem>();
        CheckDate(assembly, context, problems);
        CheckCapital(assembly, context, problems);
        CheckCompanyId(assembly, problems);
        CheckOfficers(assembly.Officers, context, problems);
        foreach (var kind in Enum.GetValues<AssemblyFileKind>())
        {
            if (!assembly.FilesOf(kind).Any())
            {
                problems.Add(new("Files." + kind, $"«{AssemblyText.Title(kind)}» را بارگذاری کنید."));
            }
        }

        return problems;
    }

    private static void CheckDate(FoundingAssembly assembly, AssemblyContext context, List<FieldProblem> problems)
    {
        if (assembly.HeldOn is not { } held)
        {
            problems.Add(new("HeldOn", "تاریخ برگزاری مجمع را وارد کنید."));
        }
        else if (held > context.Today)
        {
            problems.Add(new("HeldOn", "تاریخ برگزاری مجمع نمی‌تواند در آینده باشد."));
        }
        else if (held < context.ApprovedOn)
        {
            problems.Add(new("HeldOn", $"مجمع مؤسس پس از صدور موافقت‌نامه ({PersianDigits.ToPersian(JalaliDate.Format(context.ApprovedOn))}) برگزار می‌شود."));
        }
    }

    private static void CheckCapital(FoundingAssembly assembly, AssemblyContext context, List<FieldProblem> problems)
    {
        if (assembly.CapitalPaid is not { } paid)
        {
            problems.Add(new("CapitalPaid", "سرمایه پرداخت‌شده را به ریال وارد کنید."));
        }
        else if (paid <= 0)
        {
            problems.Add(new("CapitalPaid", "سرمایه پرداخت‌شده باید بیشتر از صفر باشد."));
        }
        else if (paid > context.SubscribedCapital)
        {
            problems.Add(new("CapitalPaid", $"سرمایه پرداخت‌شده از سرمایه تعهدشده ({PersianNumbers.Format(context.SubscribedCapital)} ریال) بیشتر است."));
        }
        else if (!context.Formation.IsPaidEnough(paid, context.SubscribedCapital))
        {
            problems.Add(new("CapitalPaid", $"دست‌کم {PersianNumbers.Format(context.Formation.PaidFractionNumerator)} از {PersianNumbers.Format(context.Formation.PaidFractionDenominator)} سرمایه تعهدشده ({PersianNumbers.Format(context.SubscribedCapital)} ریال) باید پیش از ثبت پرداخت شود."));
        }
    }

    private static void CheckCompanyId(FoundingAssembly assembly, List<FieldProblem> problems)
    {
        if (assembly.CompanyNationalId is { } id && CompanyNationalId.Parse(id) is { IsValid: false, Error: { } error })
        {
            problems.Add(new("CompanyNationalId", error));
        }
    }

    private static void CheckOfficers(IReadOnlyList<OfficerEntry> officers, AssemblyContext context, List<FieldProblem> problems)
    {
        var rules = context.Registry;
        var board = officers.Count(o => o.Role == OfficerRole.BoardMember);
        var alternates = officers.Count(o => o.Role == OfficerRole.AlternateBoardMember);
        var inspectors = officers.Count(o => o.Role == OfficerRole.Inspector);
        var ceos = officers.Count(o => o.Role == OfficerRole.Ceo);
        if (board < rules.MinimumBoard || board > rules.MaximumBoard)
        {
            problems.Add(new("Board", $"هیئت مدیره باید {PersianNumbers.Format(rules.MinimumBoard)} تا {PersianNumbers.Format(rules.MaximumBoard)} عضو اصلی داشته باشد؛ اکنون {PersianNumbers.Format(board)} عضو اصلی وارد شده است."));
        }

        if (alternates < 1 || alternates > Math.Max(1, board))
        {
            problems.Add(new("Alternates", "دست‌کم یک عضو علی‌البدل هیئت مدیره، و نه بیشتر از شمار اعضای اصلی، وارد کنید."));
        }

        if (inspectors < 1 || inspectors > rules.MaximumInspectors)
        {
            problems.Add(new("Inspectors", $"مجمع باید یک تا {PersianNumbers.Format(rules.MaximumInspectors)} بازرس اصلی انتخاب کند."));
        }

        if (ceos != 1)
        {
            problems.Add(new("Ceo", "هیئت مدیره باید یک مدیرعامل تعیین کند."));
        }

        for (var i = 0; i < officers.Count; i++)
        {
            CheckOfficer(officers[i], i, context, problems);
        }

        CheckDuplicates(officers, problems);
    }

    private static void CheckOfficer(OfficerEntry officer, int index, AssemblyContext context, List<FieldProblem> problems)
    {
        var field = $"Officers[{index}]";
        var who = $"{OfficerRoleText.Title(officer.Role)} (ردیف {PersianNumbers.Format(index + 1)})";
        if (string.IsNullOrWhiteSpace(officer.FullName))
        {
            problems.Add(new(field + ".FullName", $"نام و نام خانوادگی {who} را وارد کنید."));
        }

        var code = NationalCode.Parse(officer.NationalCode);
        if (!code.IsValid)
        {
            problems.Add(new(field + ".NationalCode", $"کد ملی {who}: {code.Error}"));
        }
        else if (OfficerRoleText.IsBoard(officer.Role) && !context.Members.ContainsKey(code.Value!.Value.Value))
        {
            problems.Add(new(field + ".NationalCode", $"{who} باید از اعضای تعاونی باشد؛ این کد ملی در فهرست اعضا نیست."));
        }
    }

    private static void CheckDuplicates(IReadOnlyList<OfficerEntry> officers, List<FieldProblem> problems)
    {
        var byCode = officers.Where(o => o.NationalCode.Length > 0).GroupBy(o => o.NationalCode);
        foreach (var person in byCode)
        {
            var roles = person.Select(o => o.Role).ToList();
            var boardAndInspector = roles.Any(OfficerRoleText.IsBoard) && roles.Any(OfficerRoleText.IsInspector);
            var ceoAndInspector = roles.Contains(OfficerRole.Ceo) && roles.Any(OfficerRoleText.IsInspector);
            var twice = roles.Count(OfficerRoleText.IsBoard) > 1 || roles.Count(OfficerRoleText.IsInspector) > 1 || roles.Count(r => r == OfficerRole.Ceo) > 1;
            if (boardAndInspector || ceoAndInspector)
            {
                problems.Add(new("Officers", $"کد ملی {PersianDigits.ToPersian(person.Key)}: بازرس نمی‌تواند عضو هیئت مدیره یا مدیرعامل همان تعاونی باشد."));
            }
            else if (twice)
            {
                problems.Add(new("Officers", $"کد ملی {PersianDigits.ToPersian(person.Key)} بیش از یک بار در یک سمت آمده است."));
            }
        }
    }
}
