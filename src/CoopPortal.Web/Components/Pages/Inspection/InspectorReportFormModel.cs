using CoopPortal.Application.Inspection.Common;
using CoopPortal.Application.Inspection.SaveReport;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Inspection;

namespace CoopPortal.Web.Components.Pages.Inspection;

/// <summary>
/// The report as typed. Filled from the stored report once, when the editor opens; after that it holds what the
/// inspector typed, so a refused or failed save never loses anything.
/// </summary>
public sealed class InspectorReportFormModel
{
    public bool? BooksKept { get; set; }

    public string? BooksRemarks { get; set; }

    public Dictionary<string, string?> Figures { get; } = [];

    public string? StatementsRemarks { get; set; }

    public bool? BylawsComplied { get; set; }

    public string? BylawsRemarks { get; set; }

    public bool? ResolutionsCarriedOut { get; set; }

    public string? ResolutionsRemarks { get; set; }

    public List<string> Findings { get; } = [];

    public InspectorOpinion? Opinion { get; set; }

    public string? OpinionBasis { get; set; }

    public static InspectorReportFormModel From(InspectorReportView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var c = view.Content;
        var model = new InspectorReportFormModel
        {
            BooksKept = c.BooksKept,
            BooksRemarks = c.BooksRemarks,
            StatementsRemarks = c.StatementsRemarks,
            BylawsComplied = c.BylawsComplied,
            BylawsRemarks = c.BylawsRemarks,
            ResolutionsCarriedOut = c.ResolutionsCarriedOut,
            ResolutionsRemarks = c.ResolutionsRemarks,
            Opinion = c.Opinion,
            OpinionBasis = c.OpinionBasis,
        };
        foreach (var (key, _) in InspectorReportRules.Figures)
        {
            model.Figures[key] = InspectorReportRules.Figure(c, key) is { } v ? (v < 0 ? "-" + PersianNumbers.Format(-v) : PersianNumbers.Format(v)) : null;
        }

        model.Findings.AddRange(c.Findings);
        return model;
    }

    public InspectorReportForm ToForm() => new(
        BooksKept, BooksRemarks,
        Figures.GetValueOrDefault(nameof(InspectorReportContent.TotalAssets)),
        Figures.GetValueOrDefault(nameof(InspectorReportContent.TotalLiabilities)),
        Figures.GetValueOrDefault(nameof(InspectorReportContent.Equity)),
        Figures.GetValueOrDefault(nameof(InspectorReportContent.NetProfitOrLoss)),
        StatementsRemarks, BylawsComplied, BylawsRemarks, ResolutionsCarriedOut, ResolutionsRemarks, Findings.ToList(), Opinion, OpinionBasis);
}
