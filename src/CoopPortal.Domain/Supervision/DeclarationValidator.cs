using CoopPortal.Domain.Common;
using CoopPortal.Domain.Registry;
using CoopPortal.Domain.ValueObjects;

namespace CoopPortal.Domain.Supervision;

/// <summary>
/// What must hold before a self-declaration is sent: every section confirmed, the figures given and consistent with
/// each other, the officers identified, and nothing else: the declaration of truth is given with «send» (<see cref="SelfDeclaration.Submit"/>). The risk rules judge the cooperative; these rules
/// only make sure the declaration is complete and readable. Each field's own problems (missing, negative) and their
/// words come from <see cref="DeclarationFieldCatalog"/>; what involves several fields or the calendar is checked here.
/// </summary>
public static class DeclarationValidator
{
    public static IReadOnlyList<FieldProblem> Validate(SelfDeclaration declaration, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        var c = declaration.Content;
        var problems = new List<FieldProblem>();
        foreach (var section in DeclarationSectionText.All)
        {
            foreach (var field in DeclarationFieldCatalog.In(section))
            {
                if (field.ProblemIn(c) is { } message && !problems.Contains(new(field.ProblemKey, message)))
                {
                    problems.Add(new(field.ProblemKey, message));
                }
            }

            switch (section)
            {
                case DeclarationSection.Members:
                    CheckMembersAddUp(c, problems);
                    break;
                case DeclarationSection.Assemblies:
                    CheckAssemblies(c, declaration.FiscalYear, today, problems);
                    break;
                case DeclarationSection.Officers:
                    CheckOfficers(c, problems);
                    break;
            }
        }

        foreach (var section in DeclarationSectionText.All.Where(s => !declaration.ConfirmedSections.Contains(s)))
        {
            problems.Add(new("Section." + section, $"بخش «{DeclarationSectionText.Title(section)}» را بررسی و تأیید کنید."));
        }

        return problems;
    }

    private static void CheckMembersAddUp(DeclarationContent c, List<FieldProblem> problems)
    {
        if (c is { MembersTotal: { } total, MembersWomen: { } women, MembersMen: { } men } && women + men != total)
        {
            problems.Add(new(nameof(c.MembersTotal), $"جمع اعضای زن و مرد ({PersianNumbers.Format(women + men)}) با شمار کل اعضا ({PersianNumbers.Format(total)}) برابر نیست."));
        }
    }

    private static void CheckAssemblies(DeclarationContent c, int fiscalYear, DateOnly today, List<FieldProblem> problems)
    {
        var yearStart = JalaliDate.FromParts(fiscalYear, 1, 1)!.Value;
        if (c.OrdinaryAssemblyHeldOn is { } held && (held > today || held < yearStart))
        {
            problems.Add(new(nameof(c.OrdinaryAssemblyHeldOn), "تاریخ مجمع عمومی عادی باید میان آغاز سال مالی و امروز باشد؛ اگر برگزار نشده، خالی بگذارید."));
        }

        var assemblies = DeclarationFieldCatalog.Get(nameof(c.ExtraordinaryAssemblies));
        var heldOn = assemblies.Column(nameof(ExtraordinaryAssembly.HeldOn));
        var subject = assemblies.Column(nameof(ExtraordinaryAssembly.Subject));
        for (var i = 0; i < c.ExtraordinaryAssemblies.Count; i++)
        {
            var assembly = c.ExtraordinaryAssemblies[i];
            var row = DeclarationFieldCatalog.Row(i);
            if (assembly.HeldOn is null || assembly.HeldOn > today)
            {
                problems.Add(new(assemblies.CellKey(i, heldOn.Key), DeclarationEntry.ForRow(heldOn.Missing!, row)));
            }

            if (string.IsNullOrWhiteSpace(assembly.Subject))
            {
                problems.Add(new(assemblies.CellKey(i, subject.Key), DeclarationEntry.ForRow(subject.Missing!, row)));
            }
        }
    }

    private static void CheckOfficers(DeclarationContent c, List<FieldProblem> problems)
    {
        var officers = DeclarationFieldCatalog.Get(nameof(c.Officers));
        if (!c.Officers.Any(o => o.Role == OfficerRole.BoardMember))
        {
            problems.Add(new(officers.Key, "اعضای اصلی هیئت مدیره را وارد کنید."));
        }

        if (!c.Officers.Any(o => o.Role == OfficerRole.Inspector))
        {
            problems.Add(new(officers.Key, "بازرس یا بازرسان را وارد کنید."));
        }

        var fullName = officers.Column(nameof(OfficerEntry.FullName));
        var nationalCode = officers.Column(nameof(OfficerEntry.NationalCode));
        var termEndsOn = officers.Column(nameof(OfficerEntry.TermEndsOn));
        for (var i = 0; i < c.Officers.Count; i++)
        {
            var officer = c.Officers[i];
            var who = $"{OfficerRoleText.Title(officer.Role)} ({DeclarationFieldCatalog.Row(i)})";
            if (string.IsNullOrWhiteSpace(officer.FullName))
            {
                problems.Add(new(officers.CellKey(i, fullName.Key), DeclarationEntry.ForRow(fullName.Missing!, who)));
            }

            if (NationalCode.Parse(officer.NationalCode) is { IsValid: false, Error: { } error })
            {
                problems.Add(new(officers.CellKey(i, nationalCode.Key), $"{nationalCode.Label} {who}: {error}"));
            }

            if (officer.TermEndsOn is null)
            {
                problems.Add(new(officers.CellKey(i, termEndsOn.Key), DeclarationEntry.ForRow(termEndsOn.Missing!, who)));
            }
        }
    }
}
