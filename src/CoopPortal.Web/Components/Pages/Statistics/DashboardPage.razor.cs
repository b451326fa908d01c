using System.Globalization;
using CoopPortal.Application.Common.Formatting;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.ReferenceData;
using CoopPortal.Application.Statistics.Common;
using CoopPortal.Application.Statistics.Dashboard;
using CoopPortal.Application.Statistics.Export;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace CoopPortal.Web.Components.Pages.Statistics;

/// <summary>The statistics page's state: the chosen year and province (headquarters and the admin choose one), the view read from the use case, the chart of each table.</summary>
public partial class DashboardPage
{
    private DashboardView? _view;
    private string? _error;
    private IReadOnlyList<ProvinceItem> _provinces = [];
    private int? _province;
    private int _year;
    private bool _choosesProvince;

    [Inject]
    private StatisticsReportQuery Statistics { get; set; } = default!;

    [Inject]
    private DashboardQuery Dashboard { get; set; } = default!;

    [Inject]
    private ProvinceListQuery ProvinceList { get; set; } = default!;

    [Inject]
    private ICurrentUserService CurrentUser { get; set; } = default!;

    /// <summary>A key figure on top of the page.</summary>
    private sealed record Figure(string Key, string Title, string Value);

    /// <summary>The current Jalali year and the nine before it.</summary>
    private IEnumerable<int> Years => Enumerable.Range(0, 10).Select(i => Dashboard.CurrentYear - i);

    [Inject]
    private Common.PrerenderedViews Prerendered { get; set; } = default!;

    [Inject]
    private Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider Authentication { get; set; } = default!;

    private sealed record FirstLoad(bool ChoosesProvince, IReadOnlyList<ProvinceItem> Provinces, Application.Common.Results.Result<DashboardView> View);

    protected override async Task OnInitializedAsync()
    {
        _year = Dashboard.CurrentYear;

        // The circuit's first render takes what the prerender read (no blank page while it starts).
        var first = await Prerendered.ReadOnceAsync(Authentication, RendererInfo.IsInteractive, GetType(), Guid.Empty, async () =>
        {
            var user = await CurrentUser.GetAsync(CancellationToken.None);
            var choosesProvince = StatisticsAccess.ChoosesProvince(user);
            var provinces = choosesProvince ? (await ProvinceList.HandleAsync(CancellationToken.None)).Value ?? [] : [];
            return new FirstLoad(choosesProvince, provinces, await Statistics.ViewAsync(null, _year, CancellationToken.None));
        });
        (_choosesProvince, _provinces) = (first!.ChoosesProvince, first.Provinces);
        Show(first.View);
    }

    /// <summary>
    /// «آمار و گزارش‌ها — زنجان» (a province, or «کل کشور»); a county office's: «آمار اداره تعاون شهرستان ابهر».
    /// </summary>
    internal static string Heading(DashboardView? view) =>
        view is null ? ReportHeading.Title
        : view.Report.CountyId is not null ? "آمار " + view.Tables.Scope
        : $"{ReportHeading.Title} — {view.Tables.Scope}";

    private static string Year(int year) => PersianFormat.Digits(year.ToString(CultureInfo.InvariantCulture));

    /// <summary>Bars for lists of many categories, a donut for the shares of a whole.</summary>
    private static ChartType? ChartFor(string key) => key switch
    {
        "applications-by-status" or "formed-by-county" or "by-orientation" or "inspections" or "durations" or DashboardTables.AssembliesKey
            or DashboardTables.LifecycleKey or DashboardTables.StatusKey or DashboardTables.FestivalKey => ChartType.Bar,
        "by-membership-type" or "declarations-by-status" or "declarations-by-risk" => ChartType.Donut,
        _ => null,
    };

    /// <summary>The durations chart shows the medians; every other chart the first number column.</summary>
    private static int ChartColumnFor(string key) => key == "durations" ? 2 : 1;

    /// <summary>The general assemblies' rows are one per county («tr.stats-assembly-row»); other tables' rows have no class.</summary>
    private static string? RowClassFor(string key) => key == DashboardTables.AssembliesKey ? "stats-assembly-row" : null;

    private static IEnumerable<Figure> Figures(DashboardReport report)
    {
        var decided = report.Durations.Count > 0 ? report.Durations[0] : null;
        yield return new("applications", "درخواست‌های تشکیل", PersianFormat.Number(report.ApplicationsByStatus.Sum(l => l.Count)));
        yield return new("formed", $"تعاونی تشکیل‌شده در {Year(report.Year)}", PersianFormat.Number(report.FormedByCounty.Sum(l => l.Count)));
        yield return new("cooperatives", "تعاونی‌های ثبت‌شده", PersianFormat.Number(report.Members.Cooperatives));
        yield return new("members", "جمع اعضا", PersianFormat.Number(report.Members.Members));
        yield return new("declarations", $"خوداظهاری سال مالی {Year(report.Declarations.FiscalYear)}",
            $"{PersianFormat.Number(report.Declarations.Filed)} از {PersianFormat.Number(report.Declarations.Expected)}");
        yield return new("median-days", "میانه روز تا تصمیم", ReportCells.Persian(decided?.MedianDays, ReportColumnKind.Days));
    }

    private async Task YearChangedAsync(int year)
    {
        _year = year;
        _view = null;
        await LoadAsync();
    }

    private async Task ProvinceChangedAsync(int? province)
    {
        _province = province;
        _view = null;
        await LoadAsync();
    }

    private async Task LoadAsync() => Show(await Statistics.ViewAsync(_choosesProvince ? _province : null, _year, CancellationToken.None));

    private void Show(Application.Common.Results.Result<DashboardView> result)
    {
        _view = result.Value;
        _error = result.Succeeded ? null : result.Message;
    }
}
