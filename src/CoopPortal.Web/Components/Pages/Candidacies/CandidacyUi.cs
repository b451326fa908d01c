using CoopPortal.Application.Common.Formatting;
using CoopPortal.Domain.Assemblies;
using MudBlazor;

namespace CoopPortal.Web.Components.Pages.Candidacies;

/// <summary>
/// What only the candidacy pages show (their list, the proof page, a candidate's files, the verdicts of the eligibility
/// rules); the assembly's and candidacy's routes and status colours are <see cref="GeneralAssemblies.GeneralAssemblyUi"/>'s.
/// </summary>
internal static class CandidacyUi
{
    public const string ListUrl = "candidacies";

    /// <summary>Where an account proves its national code (the mobile number checked against the national code).</summary>
    public const string ProofUrl = "Account/Manage/VerifyMobile";

    public static string FileUrl(Guid candidacyId, Guid fileId) => $"candidacies/{candidacyId}/files/{fileId}";

    public static string VerdictTitle(EligibilityVerdict verdict) => verdict switch
    {
        EligibilityVerdict.NotEligible => "فاقد شرایط",
        EligibilityVerdict.CheckByHand => "بررسی دستی",
        _ => verdict.ToString(),
    };

    public static Color VerdictColor(EligibilityVerdict verdict) =>
        verdict == EligibilityVerdict.NotEligible ? Color.Error : Color.Warning;

    /// <summary>A rule's evidence as it is read: numbers as quantities.</summary>
    public static string Evidence(string? evidence) => PersianFormat.Quantities(evidence);
}
