using CoopPortal.Application.Common.Results;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Registry;
using MudBlazor;

namespace CoopPortal.Web.Components.Pages.Assemblies;

/// <summary>Routes and display helpers of the founding assembly pages (presentation only: the rules live in the domain).</summary>
internal static class AssemblyUi
{
    public static string ApplicantUrl(Guid assemblyId) => $"assemblies/{assemblyId}";

    public static string OfficeUrl(Guid assemblyId) => $"office/assemblies/{assemblyId}";

    public static string FileUrl(Guid assemblyId, Guid fileId) => $"assemblies/{assemblyId}/files/{fileId}";

    public static string CooperativeUrl(Guid cooperativeId) => $"cooperatives/{cooperativeId}";

    public static Color StatusColor(AssemblyStatus status) => status switch
    {
        AssemblyStatus.Draft => Color.Default,
        AssemblyStatus.Submitted => Color.Info,
        AssemblyStatus.ReturnedForCorrection => Color.Warning,
        AssemblyStatus.Confirmed => Color.Success,
        _ => Color.Default,
    };

    /// <summary>The Persian messages of a failed result, each once: field messages first, then the summary if none.</summary>
    public static IReadOnlyList<string> Messages(Result result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var messages = result.Errors.Values.SelectMany(m => m).Distinct(StringComparer.Ordinal).ToList();
        if (messages.Count == 0 && !string.IsNullOrEmpty(result.Message))
        {
            messages.Add(result.Message);
        }

        return messages;
    }

    /// <summary>The officers in the order the office reads them: board, alternates, CEO, inspectors.</summary>
    public static IEnumerable<OfficerEntry> InReadingOrder(IEnumerable<OfficerEntry> officers) =>
        officers.OrderBy(o => o.Role switch
        {
            OfficerRole.BoardMember => 0,
            OfficerRole.AlternateBoardMember => 1,
            OfficerRole.Ceo => 2,
            OfficerRole.Inspector => 3,
            _ => 4,
        });

    public static string Date(DateOnly? date) => date is { } d ? Application.Common.Formatting.PersianFormat.Date(d) : "—";

    public static string Rials(long? amount) => amount is { } a ? $"{PersianNumbers.Format(a)} ریال" : "—";
}
