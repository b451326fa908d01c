using CoopPortal.Domain.Inspection;

namespace CoopPortal.Application.Inspection.SaveReport;

/// <summary>The report as the inspector's form holds it: the amounts as typed («۱٬۲۵۰٬۰۰۰», «-۳۰۰۰» for a loss).</summary>
public sealed record InspectorReportForm(
    bool? BooksKept,
    string? BooksRemarks,
    string? TotalAssets,
    string? TotalLiabilities,
    string? Equity,
    string? NetProfitOrLoss,
    string? StatementsRemarks,
    bool? BylawsComplied,
    string? BylawsRemarks,
    bool? ResolutionsCarriedOut,
    string? ResolutionsRemarks,
    IReadOnlyList<string> Findings,
    InspectorOpinion? Opinion,
    string? OpinionBasis);
