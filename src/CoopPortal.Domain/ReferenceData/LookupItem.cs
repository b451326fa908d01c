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

/// <summary>Type by activity: production, distribution, multi-purpose (domain.md).</summary>
public sealed class ActivityType(int id, string code, string title, int sortOrder) : LookupItem(id, code, title, sortOrder);

/// <summary>Type by membership: general (عام), limited to a group (خاص), conventional, public joint-stock.</summary>
public sealed class MembershipType(int id, string code, string title, int sortOrder) : LookupItem(id, code, title, sortOrder);

/// <summary>The orientation (گرایش) the ministry classifies cooperatives by.</summary>
public sealed class Orientation(int id, string code, string title, int sortOrder, bool requiresActivityLicence = false)
    : LookupItem(id, code, title, sortOrder)
{
    /// <summary>True when the activity needs a licence from a competent authority before formation (the licence is then a required document).</summary>
    public bool RequiresActivityLicence { get; private set; } = requiresActivityLicence;

    /// <summary>A new orientation added by an administrator: a valid code and Persian title (uniqueness is the caller's check).</summary>
    public static Orientation Create(int id, string code, string title, int sortOrder, bool requiresActivityLicence)
    {
        var trimmed = (code ?? string.Empty).Trim();
        ReferenceDataRules.Guard(ReferenceDataRules.CheckCode(trimmed));
        var orientation = new Orientation(id, trimmed, string.Empty, sortOrder, requiresActivityLicence);
        orientation.ChangeEntry(title, sortOrder, isActive: true);
        return orientation;
    }

    /// <summary>Changes the title, order, whether it is offered to new applications, and whether it needs an activity licence.</summary>
    public void Change(string title, int sortOrder, bool isActive, bool requiresActivityLicence)
    {
        ChangeEntry(title, sortOrder, isActive);
        RequiresActivityLicence = requiresActivityLicence;
    }
}
