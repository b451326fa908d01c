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

    /// <summary>A published notice of <paramref name="kind"/> with <paramref name="agenda"/>, as its manager reads it.</summary>
    public static GeneralAssemblyView Published(GeneralAssemblyKind kind, IReadOnlyList<AgendaItem> agenda) => new(
        AssemblyId,
        Guid.Parse("7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"),
        "تعاونی مسکن فرهنگیان",
        "1405-14-00001",
        14,
        GeneralAssemblyStatus.Announced,
        new AssemblyNotice(kind, new DateOnly(2026, 6, 10), new TimeOnly(17, 30), "سالن اجتماعات", "https://meet.example.ir/coop",
            "از همه اعضا دعوت می‌شود در مجمع عمومی تعاونی حاضر شوند."),
        agenda,
        new DateOnly(2026, 5, 25),
        null,
        null,
        [],
        Attendance.None,
        [],
        [],
        [],
        null,
        null,
        [],
        [],
        IsManager: true,
        IsObserver: false,
        Actions: new HashSet<GeneralAssemblyAction>());
}
