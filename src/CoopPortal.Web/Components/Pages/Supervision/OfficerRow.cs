using CoopPortal.Domain.Registry;

namespace CoopPortal.Web.Components.Pages.Supervision;

public sealed class OfficerRow
{
    public OfficerRole Role { get; set; } = OfficerRole.BoardMember;

    public string? FullName { get; set; }

    public string? NationalCode { get; set; }

    public DateOnly? TermStartsOn { get; set; }

    public string? TermEndsOn { get; set; }
}
