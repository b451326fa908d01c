namespace CoopPortal.Web.Components.Pages.Supervision;

public sealed class AssemblyRow
{
    public string? HeldOn { get; set; }

    public string? Subject { get; set; }
}
