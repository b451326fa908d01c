using CoopPortal.Domain.Assemblies;
using MudBlazor;

namespace CoopPortal.Web.Components.Pages.GeneralAssemblies;

/// <summary>
/// The addresses the managers' editors and the cooperative card lead to (GeneralAssemblyUi after the merge: the same
/// addresses), and the colour of an assembly's status chip.
/// </summary>
internal static class GeneralAssemblyEditorUrls
{
    /// <summary>The managers' overview of an assembly.</summary>
    public static string Url(Guid id) => $"general-assemblies/{id}";

    public static string NoticeUrl(Guid id) => $"general-assemblies/{id}/notice";

    public static string MinutesUrl(Guid id) => $"general-assemblies/{id}/minutes";

    public static string FileUrl(Guid id, Guid fileId) => $"general-assemblies/{id}/files/{fileId}";

    /// <summary>The office's page of an assembly.</summary>
    public static string OfficeUrl(Guid id) => $"office/general-assemblies/{id}";

    public static Color StatusColor(GeneralAssemblyStatus status) => status switch
    {
        GeneralAssemblyStatus.Confirmed => Color.Success,
        GeneralAssemblyStatus.Cancelled => Color.Default,
        GeneralAssemblyStatus.ReturnedForCorrection or GeneralAssemblyStatus.IrregularitiesReported => Color.Warning,
        GeneralAssemblyStatus.Draft => Color.Default,
        _ => Color.Info,
    };
}
