using CoopPortal.Domain.Formation;

namespace CoopPortal.Application.Administration.ReferenceData;

/// <summary>An orientation as the admin page lists it; <paramref name="Version"/> is what a later save must still find.</summary>
public sealed record OrientationRow(int Id, string Code, string Title, int SortOrder, bool IsActive, bool RequiresActivityLicence, uint Version);

/// <summary>
/// A document kind as the admin page lists it; rule-bound kinds cannot be retired. <paramref name="RequiredOfAll"/>
/// applies to kinds an administrator added.
/// </summary>
public sealed record DocumentTypeRow(DocumentKind Kind, string Title, string Description, int SortOrder, bool IsActive, uint Version, bool RequiredOfAll = false)
{
    public bool IsRequiredByRules => DocumentTypeCatalog.IsRequiredByRules(Kind);

    public bool IsBuiltIn => Kind.IsBuiltIn;
}

/// <summary>One reference-data change in the audit: who, when, which item, from which value to which.</summary>
public sealed record ReferenceAuditView(DateTime AtUtc, string Actor, string Item, string Description, string? OldValue, string? NewValue);

public sealed record ReferenceDataView(IReadOnlyList<OrientationRow> Orientations, IReadOnlyList<DocumentTypeRow> DocumentTypes, IReadOnlyList<ReferenceAuditView> History);

/// <summary>
/// An orientation as the admin typed it. <paramref name="Id"/> null adds a new one (then <paramref name="Code"/> is
/// required; it is ignored otherwise: codes never change). <paramref name="SortOrder"/> may use Persian digits.
/// <paramref name="Version"/> is the row version the form was opened with.
/// </summary>
public sealed record OrientationInput(int? Id, string? Code, string? Title, string? SortOrder, bool IsActive, bool RequiresActivityLicence, uint? Version = null);

/// <summary>
/// A document kind as the admin typed it. <paramref name="Kind"/> null adds a new kind (its code is generated);
/// <paramref name="RequiredOfAll"/> makes an added kind required of every application still to be submitted.
/// </summary>
public sealed record DocumentTypeInput(DocumentKind? Kind, string? Title, string? Description, string? SortOrder, bool IsActive, uint? Version = null, bool RequiredOfAll = false);
