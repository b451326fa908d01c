using CoopPortal.Application.Common.Formatting;
using CoopPortal.Domain.Assemblies;
using MudBlazor;

namespace CoopPortal.Web.Components.Pages.Candidacies;

/// <summary>Routes and display helpers of the candidate's pages and the office's candidate review (presentation only: the rules live in the domain).</summary>
internal static class CandidacyUi
{
    public const string ListUrl = "candidacies";

    /// <summary>Where an account proves its national code (the mobile number checked against the national code).</summary>
    public const string ProofUrl = "Account/Manage/VerifyMobile";

    public static string Url(Guid candidacyId) => $"candidacies/{candidacyId}";

    public static string OfficeUrl(Guid candidacyId) => $"office/candidacies/{candidacyId}";

    public static string StandUrl(Guid assemblyId) => $"general-assemblies/{assemblyId}/stand";

    public static string FileUrl(Guid candidacyId, Guid fileId) => $"candidacies/{candidacyId}/files/{fileId}";

    /// <summary>The office's page of the assembly the candidacy stands at.</summary>
    public static string OfficeAssemblyUrl(Guid assemblyId) => $"office/general-assemblies/{assemblyId}";

    public static Color StatusColor(CandidacyStatus status) => status switch
    {
        CandidacyStatus.Registered => Color.Info,
        CandidacyStatus.Approved => Color.Success,
        CandidacyStatus.Refused => Color.Error,
        _ => Color.Default,
    };

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

    /// <summary>The day and time of a meeting, Jalali, in Persian digits.</summary>
    public static string When(DateOnly? on, TimeOnly? at) =>
        on is not { } day ? "—"
        : at is { } time ? $"{PersianFormat.Date(day)}، ساعت {PersianFormat.Digits(time.ToString("HH\\:mm", System.Globalization.CultureInfo.InvariantCulture))}"
        : PersianFormat.Date(day);
}
