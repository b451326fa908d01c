namespace CoopPortal.Application.Common.Staff;

/// <summary>A member of an office's staff as a list shows them.</summary>
public sealed record StaffMember(string UserId, string FullName);
