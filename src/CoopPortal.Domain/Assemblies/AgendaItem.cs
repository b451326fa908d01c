using CoopPortal.Domain.Common;

namespace CoopPortal.Domain.Assemblies;

/// <summary>
/// One item of an assembly's agenda as the manager wrote it, with what the item needs (a capital change: the old and new
/// amounts; bylaws: the new text; an address or a name: the new one; a free item: its text). Kept as typed; the notice
/// rules (<see cref="NoticeRules"/>) say what is missing.
/// </summary>
public sealed record AgendaItem(
    AgendaItemKind Kind,
    string? Text = null,
    long? CapitalFrom = null,
    long? CapitalTo = null,
    string? NewBylaws = null,
    string? NewAddress = null,
    string? NewName = null)
{
    /// <summary>Normalizes what was typed (Persian letters, trimmed) and keeps it within its column.</summary>
    public static AgendaItem From(AgendaItemKind kind, string? text = null, long? capitalFrom = null, long? capitalTo = null,
        string? newBylaws = null, string? newAddress = null, string? newName = null) =>
        new(kind, Clean(text, FieldLengths.ActivityDescription), capitalFrom, capitalTo, Clean(newBylaws, MaxBylawsLength),
            Clean(newAddress, FieldLengths.Address), Clean(newName, FieldLengths.CooperativeName));

    /// <summary>The longest bylaws text an item keeps (the amended articles, not a whole book).</summary>
    public const int MaxBylawsLength = 20_000;

    /// <summary>True for the items that elect officers (candidates register for them).</summary>
    public bool Elects => Kind is AgendaItemKind.ElectBoard or AgendaItemKind.ElectInspectors;

    private static string? Clean(string? value, int max) =>
        PersianText.Normalize(value).Trim() is { Length: > 0 } text ? FieldLengths.Fit(text, max) : null;
}
