using CoopPortal.Application.Assemblies.Common;
using CoopPortal.Domain.Assemblies;
using CoopPortal.Domain.Common;

namespace CoopPortal.ComponentTests.GeneralAssemblies;

/// <summary>General-assembly views as the use cases return them, for the editors' components.</summary>
internal static class GeneralAssemblyViews
{
    public static readonly Guid AssemblyId = Guid.Parse("2d7f6a10-5b3c-4c8e-9a1d-0e2f3a4b5c6d");

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
