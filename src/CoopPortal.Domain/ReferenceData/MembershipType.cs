namespace CoopPortal.Domain.ReferenceData;

/// <summary>Type by membership: general (عام), limited to a group (خاص), conventional, public joint-stock.</summary>
public sealed class MembershipType(int id, string code, string title, int sortOrder) : LookupItem(id, code, title, sortOrder);
