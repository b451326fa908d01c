using CoopPortal.Application.Registry.Common;
using CoopPortal.Domain.Assemblies;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Registry;

namespace CoopPortal.Application.Assemblies.Common;

/// <summary>
/// A general assembly as its managers, the office and its observer see it: the notice and agenda, the supervision
/// decision, the minutes, the history, the problems still open in the part the caller may edit, and the workflow
/// table's <paramref name="Actions"/> open to the caller now (the page offers exactly these), and the number of its
/// registry-change notice once confirmed (<paramref name="ChangeNoticeNumber"/>, null when none was issued).
/// </summary>
public sealed record GeneralAssemblyView(
    Guid Id,
    Guid CooperativeId,
    string CooperativeName,
    string? RegistrationNumber,
    int ProvinceId,
    GeneralAssemblyStatus Status,
    AssemblyNotice Notice,
    IReadOnlyList<AgendaItem> Agenda,
    DateOnly? PublishedOn,
    string? ObserverName,
    string? SupervisionWaiverReason,
    IReadOnlyList<string> SupervisionRequiredBecause,
    Attendance Attendance,
    IReadOnlyList<Resolution> Resolutions,
    IReadOnlyList<ElectedOfficer> Elected,
    IReadOnlyList<AttachedFile> Files,
    string? ObserverFindings,
    string? ReturnComment,
    IReadOnlyList<CaseEventView> History,
    IReadOnlyList<FieldProblem> Problems,
    bool IsManager,
    bool IsObserver,
    IReadOnlySet<GeneralAssemblyAction> Actions,
    string? ChangeNoticeNumber = null)
{
    /// <summary>Once confirmed with changes: the registry-change notice (آگهی تغییرات) its managers and the office download.</summary>
    public bool HasChangeNotice => ChangeNoticeNumber is not null;

    public bool CanEditNotice => IsManager && Status == GeneralAssemblyStatus.Draft;

    public bool CanEditMinutes => IsManager && Status is GeneralAssemblyStatus.Supervised or GeneralAssemblyStatus.Unsupervised or GeneralAssemblyStatus.ReturnedForCorrection;

    /// <summary>The posts candidates stand for at this assembly.</summary>
    public IReadOnlyList<OfficerRole> ElectedPosts => GeneralAssembly.PostsElectedBy(Agenda);

    /// <summary>The liquidators and the period's end the minutes name for a dissolution item (liquidation.md).</summary>
    public DissolutionTerms Dissolution { get; init; } = DissolutionTerms.None;

    /// <summary>True when the agenda has «انحلال تعاونی»: the minutes then name the liquidators.</summary>
    public bool HasDissolution => Agenda.Any(a => a.Kind == AgendaItemKind.Dissolve);
}
