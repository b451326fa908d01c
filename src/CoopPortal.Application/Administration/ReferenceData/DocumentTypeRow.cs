using CoopPortal.Domain.Formation;

namespace CoopPortal.Application.Administration.ReferenceData;

/// <summary>
/// A document kind as the admin page lists it; rule-bound kinds cannot be retired. <paramref name="RequiredOfAll"/>
/// applies to kinds an administrator added.
/// </summary>
public sealed record DocumentTypeRow(DocumentKind Kind, string Title, string Description, int SortOrder, bool IsActive, uint Version, bool RequiredOfAll = false)
{
    public bool IsRequiredByRules => DocumentTypeCatalog.IsRequiredByRules(Kind);

    public bool IsBuiltIn => Kind.IsBuiltIn;
}
