using System.Globalization;
using System.Text.RegularExpressions;
using CoopPortal.Domain.Registry;
using CoopPortal.Domain.Supervision;

namespace CoopPortal.Web.Components.Pages.Supervision;

public sealed class AssemblyRow
{
    public string? HeldOn { get; set; }

    public string? Subject { get; set; }
}
