using System.Globalization;
using CoopPortal.Application.Common.Formatting;
using CoopPortal.Application.Common.Results;
using CoopPortal.Domain.Festival;
using MudBlazor;

namespace CoopPortal.Web.Components.Pages.Festival;

/// <summary>The festival pages' shared words: addresses, the status colour, the year in Persian digits.</summary>
public static class FestivalUi
{
    public static string Url(Guid id) => $"office/festival/{id}";

    public static string CertificateUrl(Guid certificateId) => $"festival/certificates/{certificateId}.pdf";

    public static string Year(int year) => PersianFormat.Digits(year.ToString(CultureInfo.InvariantCulture));

    public static string Points(int total, int maximum) => $"{PersianFormat.Number(total)} از {PersianFormat.Number(maximum)}";

    public static Color StatusColor(FestivalStatus status) => status switch
    {
        FestivalStatus.Shortlisting => Color.Info,
        FestivalStatus.ShortlistSubmitted => Color.Warning,
        FestivalStatus.WinnersConfirmed or FestivalStatus.Published => Color.Success,
        _ => Color.Default,
    };
}

/// <summary>A step a panel asks the page to run (after its confirmation), with what to say when it succeeds.</summary>
public sealed record FestivalStep(string Done, Func<Task<Result>> Run);
