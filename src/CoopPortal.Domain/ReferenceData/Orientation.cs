namespace CoopPortal.Domain.ReferenceData;

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
