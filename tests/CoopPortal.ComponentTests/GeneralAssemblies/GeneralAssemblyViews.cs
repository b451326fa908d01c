using CoopPortal.Application.Assemblies.Common;
using CoopPortal.Domain.Assemblies;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Registry;

namespace CoopPortal.ComponentTests.GeneralAssemblies;

/// <summary>General-assembly views as the use cases return them, for rendering the pages' components.</summary>
internal static class GeneralAssemblyViews
{
    public static readonly Guid AssemblyId = Guid.Parse("9a1c1c52-3f7e-4a55-9d0e-1a2b3c4d5e70");

    public static GeneralAssemblyView View(
        GeneralAssemblyStatus status = GeneralAssemblyStatus.Announced,
        GeneralAssemblyKind kind = GeneralAssemblyKind.Ordinary,
        IReadOnlyList<AgendaItem>? agenda = null,
        Attendance? attendance = null,
        IReadOnlyList<string>? requiredBecause = null,
        IReadOnlyList<AttachedFile>? files = null,
        string? observer = null,
        string? returnComment = null,
        params GeneralAssemblyAction[] actions) =>
        new(
            AssemblyId,
            Guid.Parse("1b1c1c52-3f7e-4a55-9d0e-1a2b3c4d5e71"),
            "تعاونی مصرف کارکنان نمونه",
            "1405-14-00001",
            14,
            status,
            new AssemblyNotice(kind, new DateOnly(2026, 5, 20), new TimeOnly(10, 30), "سالن اجتماعات", null, "از همه اعضا دعوت می‌شود."),
            agenda ?? [new AgendaItem(AgendaItemKind.ApproveFinancialStatements)],
            new DateOnly(2026, 5, 1),
            observer,
            null,
            requiredBecause ?? [],
            attendance ?? Attendance.None,
            [],
            [],
            files ?? [],
            null,
            returnComment,
            [],
            [],
            IsManager: false,
            IsObserver: false,
            actions.ToHashSet());
}
