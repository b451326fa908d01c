using CoopPortal.Domain.Common;
using CoopPortal.Application.Formation.Documents;
using CoopPortal.Application.Formation.EditDraft;
using CoopPortal.Domain.Formation;

namespace CoopPortal.Application.Formation.GetApplication;

/// <param name="Application">The aggregate, loaded read-only.</param>
public sealed record ApplicationView(
    FormationApplication Application,
    IReadOnlyList<Problem> Problems,
    IReadOnlyDictionary<ApplicationSection, SectionStatus> Sections,
    IReadOnlyList<DocumentKind> RequiredDocuments,
    FormationRules Rules,
    bool IsOwner,
    DocumentTypeCatalog DocumentTypes)
{
    /// <summary>The members as loaded, or as the last change of a member answered (<see cref="With(MembersCheck)"/>).</summary>
    public IReadOnlyList<Member> Members { get; init; } = Application.Members;

    /// <summary>The documents as loaded, or as the last upload or removal answered (<see cref="With(DocumentsCheck)"/>).</summary>
    public IReadOnlyList<ApplicationDocument> Documents { get; init; } = Application.Documents;

    public bool CanSubmit => IsOwner && Problems.Count == 0
        && Application.Status is ApplicationStatus.Draft or ApplicationStatus.ReturnedForCorrection;

    public IEnumerable<Problem> ProblemsIn(ApplicationSection section) => Problems.Where(p => p.Section == section);

    /// <summary>
    /// This view with one section's status and problems as a change to that section left them (what the change
    /// returned), for a section page that shows only its own section. The other sections, and the aggregate, stay
    /// as they were loaded.
    /// </summary>
    public ApplicationView With(SectionCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        var sections = new Dictionary<ApplicationSection, SectionStatus>(Sections) { [check.Section] = check.Status };
        var problems = Problems.Where(p => p.Section != check.Section).Concat(check.Problems)
            .OrderBy(p => p.Section) // stable: the validator's order, section by section
            .ToList();
        return this with { Problems = problems, Sections = sections };
    }

    /// <summary>
    /// This view as a change of a member left it: the sections made of the members (members, founders board, capital)
    /// and the members. The documents section is not in the answer (the members page does not show it; an in-kind
    /// share can call for the expert valuation, which the documents page reads when it opens).
    /// </summary>
    public ApplicationView With(MembersCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        return check.Sections.Aggregate(this, (view, section) => view.With(section)) with { Members = check.Members };
    }

    /// <summary>This view as an upload or a removal left it: the documents section and the documents.</summary>
    public ApplicationView With(DocumentsCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        return With(check.Section) with { Documents = check.Documents };
    }

    /// <summary>
    /// The kinds the documents page lists, in the administrator's order: the required ones, the active optional ones,
    /// and any kind already uploaded (a retired kind stays visible on the applications that carry it).
    /// </summary>
    public IEnumerable<DocumentKind> ListedDocumentKinds => DocumentTypes.All
        .Where(t => RequiredDocuments.Contains(t.Kind) || (t.IsActive && !DocumentTypeCatalog.IsRequiredByRules(t.Kind)) || Documents.Any(d => d.Kind == t.Kind))
        .Select(t => t.Kind);
}
