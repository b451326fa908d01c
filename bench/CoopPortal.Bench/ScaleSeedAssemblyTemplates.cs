using System.Text.Json;
using CoopPortal.Domain.Assemblies;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Registry;

namespace CoopPortal.Bench;

/// <summary>
/// What a seeded general assembly's notice and minutes hold, as the portal stores them (the domain's records as JSON):
/// an ordinary assembly on the financial statements and the budget, one that also elects the board and the inspectors
/// (the office must supervise it), and an extraordinary one on the capital.
/// </summary>
internal sealed record AssemblyTemplate(
    string Name, GeneralAssemblyKind Kind, double ObserverChance, string Agenda, string Resolutions, string Elected, string Files, string Invitation)
{
    private static readonly DateTime UploadedAtUtc = new(2026, 1, 1, 6, 0, 0, DateTimeKind.Utc);

    public static Weighted<AssemblyTemplate> All { get; } = new([
        (Make("financial", GeneralAssemblyKind.Ordinary, 0.25,
            [new AgendaItem(AgendaItemKind.ApproveFinancialStatements), new AgendaItem(AgendaItemKind.Other, "تصویب بودجه پیشنهادی سال آینده")], []), 55),
        (Make("elections", GeneralAssemblyKind.Ordinary, 1.0,
            [new AgendaItem(AgendaItemKind.ApproveFinancialStatements), new AgendaItem(AgendaItemKind.ElectBoard), new AgendaItem(AgendaItemKind.ElectInspectors)],
            [
                ElectedOfficer.From(OfficerRole.BoardMember, "علی احمدی", ScaleSeedValues.NationalCode(870_000_001), 40),
                ElectedOfficer.From(OfficerRole.BoardMember, "زهرا رضایی", ScaleSeedValues.NationalCode(870_000_002), 38),
                ElectedOfficer.From(OfficerRole.BoardMember, "حسین محمدی", ScaleSeedValues.NationalCode(870_000_003), 35),
                ElectedOfficer.From(OfficerRole.AlternateBoardMember, "مریم کریمی", ScaleSeedValues.NationalCode(870_000_004), 20),
                ElectedOfficer.From(OfficerRole.Inspector, "رضا موسوی", ScaleSeedValues.NationalCode(870_000_005), 33),
            ]), 30),
        (Make("capital", GeneralAssemblyKind.Extraordinary, 0.3,
            [new AgendaItem(AgendaItemKind.ChangeCapital, CapitalFrom: 900_000_000, CapitalTo: 1_500_000_000)], []), 15),
    ]);

    private static AssemblyTemplate Make(string name, GeneralAssemblyKind kind, double observerChance, AgendaItem[] agenda, ElectedOfficer[] elected)
    {
        var resolutions = agenda.Select((_, i) => Resolution.From(i, true, 30 + i, 2, null)).ToArray();
        AttachedFile[] files =
        [
            new(Guid.Parse("5eed0010-0000-4000-8000-000000000001"), nameof(MinutesFileKind.SignedMinutes), "صورت‌جلسه امضاشده.pdf", "application/pdf", 412_000, new string('b', 64), "seed-minutes", UploadedAtUtc),
            new(Guid.Parse("5eed0010-0000-4000-8000-000000000002"), nameof(MinutesFileKind.AttendanceList), "فهرست حاضران.pdf", "application/pdf", 198_000, new string('c', 64), "seed-attendance", UploadedAtUtc),
        ];
        return new AssemblyTemplate(
            name, kind, observerChance,
            JsonSerializer.Serialize(agenda, ScaleSeedValues.Json),
            JsonSerializer.Serialize(resolutions, ScaleSeedValues.Json),
            JsonSerializer.Serialize(elected, ScaleSeedValues.Json),
            JsonSerializer.Serialize(files, ScaleSeedValues.Json),
            "از همه اعضای محترم تعاونی دعوت می‌شود با در دست داشتن کارت عضویت در این مجمع حضور یابند؛ اعضا می‌توانند وکالت خود را به عضو دیگری بدهند.");
    }
}
