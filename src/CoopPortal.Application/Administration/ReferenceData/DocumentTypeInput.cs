using CoopPortal.Domain.Formation;

namespace CoopPortal.Application.Administration.ReferenceData;

/// <summary>
/// A document kind as the admin typed it. <paramref name="Kind"/> null adds a new kind (its code is generated);
/// <paramref name="RequiredOfAll"/> makes an added kind required of every application still to be submitted.
/// </summary>
public sealed record DocumentTypeInput(DocumentKind? Kind, string? Title, string? Description, string? SortOrder, bool IsActive, uint? Version = null, bool RequiredOfAll = false);
