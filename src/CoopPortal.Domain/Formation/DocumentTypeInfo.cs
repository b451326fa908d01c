namespace CoopPortal.Domain.Formation;

/// <summary>One document kind as the pages show it.</summary>
public sealed record DocumentTypeInfo(DocumentKind Kind, string Title, string Description, int SortOrder, bool IsActive, bool RequiredOfAll = false);
