using CoopPortal.Domain.Common;

namespace CoopPortal.Domain.ReferenceData;

/// <summary>
/// A reference list entry (activity type, membership type, orientation): a stable code used by rules and imports,
/// a Persian title shown to people, an order for lists, and a switch to retire it without breaking old records.
/// </summary>
public abstract class LookupItem
{
    protected LookupItem(int id, string code, string title, int sortOrder)
    {
        Id = id;
        Code = code;
        Title = title;
        SortOrder = sortOrder;
    }

    public int Id { get; private set; }

    public string Code { get; private set; }

    public string Title { get; private set; }

    public int SortOrder { get; private set; }

    public bool IsActive { get; private set; } = true;

    /// <summary>
    /// An administrator's change (the code never changes: rules and imports depend on it). The title is normalized
    /// (ی/ک, spaces); a retired entry stays on the records that carry it and is no longer offered for new ones.
    /// </summary>
    protected void ChangeEntry(string title, int sortOrder, bool isActive)
    {
        var normalized = PersianText.Normalize(title);
        ReferenceDataRules.Guard(ReferenceDataRules.CheckTitle(normalized).Concat(ReferenceDataRules.CheckSortOrder(sortOrder)));
        Title = normalized;
        SortOrder = sortOrder;
        IsActive = isActive;
    }
}
