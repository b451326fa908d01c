using CoopPortal.Domain.Common;
using CoopPortal.Domain.Registry;
using CoopPortal.Domain.ValueObjects;

namespace CoopPortal.Domain.Supervision;

/// <summary>Takes one section's answers from an edited copy, keeping the other sections as they were.</summary>
public static class DeclarationMerge
{
    public static DeclarationContent Take(DeclarationContent current, DeclarationContent edited, DeclarationSection section)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(edited);
        return section switch
        {
            DeclarationSection.Members => current with
            {
                MembersTotal = edited.MembersTotal,
                MembersWomen = edited.MembersWomen,
                MembersMen = edited.MembersMen,
                Employees = edited.Employees,
                Capital = edited.Capital,
            },
            DeclarationSection.Finances => current with
            {
                TotalAssets = edited.TotalAssets,
                TotalLiabilities = edited.TotalLiabilities,
                Equity = edited.Equity,
                Revenue = edited.Revenue,
                NetProfitOrLoss = edited.NetProfitOrLoss,
                Dividends = edited.Dividends,
            },
            DeclarationSection.Assemblies => current with
            {
                OrdinaryAssemblyHeldOn = edited.OrdinaryAssemblyHeldOn,
                ExtraordinaryAssemblies = edited.ExtraordinaryAssemblies.Select(a => a with { Subject = PersianText.Normalize(a.Subject) }).ToList(),
            },
            DeclarationSection.Officers => current with
            {
                Officers = edited.Officers.Select(o => OfficerEntry.From(o.Role, o.FullName, o.NationalCode, o.TermStartsOn, o.TermEndsOn)).ToList(),
            },
            DeclarationSection.Compliance => current with
            {
                TaxReturnFiled = edited.TaxReturnFiled,
                InsurancePaid = edited.InsurancePaid,
                BooksKept = edited.BooksKept,
                LicencesValid = edited.LicencesValid,
            },
            DeclarationSection.Activity => current with { TrainingHours = edited.TrainingHours, ExportsValue = edited.ExportsValue },
            _ => current,
        };
    }
}

/// <summary>
/// What must hold before a self-declaration is sent: every section confirmed, the figures given and consistent with
/// each other, the officers identified, and the declaration of truth. The risk rules judge the cooperative; these rules
/// only make sure the declaration is complete and readable.
/// </summary>
public static class DeclarationValidator
{
    public static IReadOnlyList<FieldProblem> Validate(SelfDeclaration declaration, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        var c = declaration.Content;
        var problems = new List<FieldProblem>();
        CheckMembers(c, problems);
        CheckFinances(c, problems);
        CheckAssemblies(c, declaration.FiscalYear, today, problems);
        CheckOfficers(c, problems);
        CheckCompliance(c, problems);
        if (c.TrainingHours is null or < 0)
        {
            problems.Add(new("TrainingHours", "ساعت آموزش سال را وارد کنید (اگر آموزشی نبوده، صفر)."));
        }

        if (c.ExportsValue is null or < 0)
        {
            problems.Add(new("ExportsValue", "ارزش صادرات سال را به ریال وارد کنید (اگر صادراتی نبوده، صفر)."));
        }

        foreach (var section in DeclarationSectionText.All.Where(s => !declaration.ConfirmedSections.Contains(s)))
        {
            problems.Add(new("Section." + section, $"بخش «{DeclarationSectionText.Title(section)}» را بررسی و تأیید کنید."));
        }

        if (!declaration.TruthDeclared)
        {
            problems.Add(new("TruthDeclared", "درستی اطلاعات را اعلام کنید."));
        }

        return problems;
    }

    private static void CheckMembers(DeclarationContent c, List<FieldProblem> problems)
    {
        Required(c.MembersTotal, "MembersTotal", "شمار کل اعضا", problems);
        Required(c.MembersWomen, "MembersWomen", "شمار اعضای زن", problems);
        Required(c.MembersMen, "MembersMen", "شمار اعضای مرد", problems);
        Required(c.Employees, "Employees", "شمار کارکنان", problems);
        Required(c.Capital, "Capital", "سرمایه", problems);
        if (c is { MembersTotal: { } total, MembersWomen: { } women, MembersMen: { } men } && women + men != total)
        {
            problems.Add(new("MembersTotal", $"جمع اعضای زن و مرد ({PersianNumbers.Format(women + men)}) با شمار کل اعضا ({PersianNumbers.Format(total)}) برابر نیست."));
        }
    }

    private static void CheckFinances(DeclarationContent c, List<FieldProblem> problems)
    {
        Required(c.TotalAssets, "TotalAssets", "جمع دارایی‌ها", problems);
        Required(c.TotalLiabilities, "TotalLiabilities", "جمع بدهی‌ها", problems);
        if (c.Equity is null)
        {
            problems.Add(new("Equity", "حقوق صاحبان سهام را وارد کنید (اگر منفی است، با علامت منفی)."));
        }

        Required(c.Revenue, "Revenue", "درآمد (فروش)", problems);
        if (c.NetProfitOrLoss is null)
        {
            problems.Add(new("NetProfitOrLoss", "سود یا زیان خالص را وارد کنید (زیان با علامت منفی)."));
        }

        Required(c.Dividends, "Dividends", "سود تقسیم‌شده", problems);
    }

    private static void CheckAssemblies(DeclarationContent c, int fiscalYear, DateOnly today, List<FieldProblem> problems)
    {
        var yearStart = JalaliDate.FromParts(fiscalYear, 1, 1)!.Value;
        if (c.OrdinaryAssemblyHeldOn is { } held && (held > today || held < yearStart))
        {
            problems.Add(new("OrdinaryAssemblyHeldOn", "تاریخ مجمع عمومی عادی باید میان آغاز سال مالی و امروز باشد؛ اگر برگزار نشده، خالی بگذارید."));
        }

        for (var i = 0; i < c.ExtraordinaryAssemblies.Count; i++)
        {
            var assembly = c.ExtraordinaryAssemblies[i];
            if (assembly.HeldOn is null || assembly.HeldOn > today)
            {
                problems.Add(new($"ExtraordinaryAssemblies[{i}].HeldOn", $"تاریخ مجمع فوق‌العاده ردیف {PersianNumbers.Format(i + 1)} را درست وارد کنید."));
            }

            if (string.IsNullOrWhiteSpace(assembly.Subject))
            {
                problems.Add(new($"ExtraordinaryAssemblies[{i}].Subject", $"موضوع مجمع فوق‌العاده ردیف {PersianNumbers.Format(i + 1)} را بنویسید."));
            }
        }
    }

    private static void CheckOfficers(DeclarationContent c, List<FieldProblem> problems)
    {
        if (!c.Officers.Any(o => o.Role == OfficerRole.BoardMember))
        {
            problems.Add(new("Officers", "اعضای اصلی هیئت مدیره را وارد کنید."));
        }

        if (!c.Officers.Any(o => o.Role == OfficerRole.Inspector))
        {
            problems.Add(new("Officers", "بازرس یا بازرسان را وارد کنید."));
        }

        for (var i = 0; i < c.Officers.Count; i++)
        {
            var officer = c.Officers[i];
            var who = $"{OfficerRoleText.Title(officer.Role)} (ردیف {PersianNumbers.Format(i + 1)})";
            if (string.IsNullOrWhiteSpace(officer.FullName))
            {
                problems.Add(new($"Officers[{i}].FullName", $"نام {who} را وارد کنید."));
            }

            if (NationalCode.Parse(officer.NationalCode) is { IsValid: false, Error: { } error })
            {
                problems.Add(new($"Officers[{i}].NationalCode", $"کد ملی {who}: {error}"));
            }

            if (officer.TermEndsOn is null)
            {
                problems.Add(new($"Officers[{i}].TermEndsOn", $"تاریخ پایان دوره {who} را وارد کنید."));
            }
        }
    }

    private static void CheckCompliance(DeclarationContent c, List<FieldProblem> problems)
    {
        if (c.TaxReturnFiled is null || c.InsurancePaid is null || c.BooksKept is null || c.LicencesValid is null)
        {
            problems.Add(new("Compliance", "به همه پرسش‌های تکالیف قانونی (اظهارنامه مالیاتی، بیمه، دفاتر، مجوزها) پاسخ دهید."));
        }
    }

    private static void Required<T>(T? value, string field, string title, List<FieldProblem> problems)
        where T : struct, IComparable<T>
    {
        if (value is null)
        {
            problems.Add(new(field, $"{title} را وارد کنید."));
        }
        else if (value.Value.CompareTo(default) < 0)
        {
            problems.Add(new(field, $"{title} نمی‌تواند منفی باشد."));
        }
    }
}
