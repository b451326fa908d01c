using CoopPortal.Domain.Common;
using MudBlazor;

namespace CoopPortal.Web.Components.Common;

/// <summary>The colour of a section's status on every case's task list and section page.</summary>
internal static class SectionStatusColors
{
    public static Color Of(SectionStatus status) => status switch
    {
        SectionStatus.Completed => Color.Success,
        SectionStatus.InProgress => Color.Info,
        SectionStatus.NeedsCorrection => Color.Error,
        _ => Color.Default,
    };
}
