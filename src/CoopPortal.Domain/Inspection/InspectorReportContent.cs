using CoopPortal.Domain.Common;

namespace CoopPortal.Domain.Inspection;

/// <summary>
/// What an inspector's report says, section by section (stored as one JSON value, replaced whole on each save). A null
/// answer is "not answered yet"; amounts are in rials (net profit or loss may be negative). Remarks are required where
/// <see cref="InspectorReportRules"/> says so (a "no" answer, unbalanced statements, an opinion other than unqualified).
/// </summary>
public sealed record InspectorReportContent(
    bool? BooksKept,
    string? BooksRemarks,
    long? TotalAssets,
    long? TotalLiabilities,
    long? Equity,
    long? NetProfitOrLoss,
    string? StatementsRemarks,
    bool? BylawsComplied,
    string? BylawsRemarks,
    bool? ResolutionsCarriedOut,
    string? ResolutionsRemarks,
    IReadOnlyList<string> Findings,
    InspectorOpinion? Opinion,
    string? OpinionBasis)
{
    /// <summary>The longest remark or basis stored.</summary>
    public const int RemarksLength = FieldLengths.InspectionFindings;

    /// <summary>The longest single finding stored.</summary>
    public const int FindingLength = 1000;

    /// <summary>The most findings one report lists.</summary>
    public const int MaxFindings = 30;

    public static InspectorReportContent Empty { get; } = new(null, null, null, null, null, null, null, null, null, null, null, [], null, null);

    /// <summary>The content as stored: texts normalized (ی/ک, digits) and fitted to their length; blank texts become null.</summary>
    public InspectorReportContent Normalized() => this with
    {
        BooksRemarks = Clean(BooksRemarks, RemarksLength),
        StatementsRemarks = Clean(StatementsRemarks, RemarksLength),
        BylawsRemarks = Clean(BylawsRemarks, RemarksLength),
        ResolutionsRemarks = Clean(ResolutionsRemarks, RemarksLength),
        OpinionBasis = Clean(OpinionBasis, RemarksLength),
        Findings = (Findings ?? []).Take(MaxFindings).Select(f => Clean(f, FindingLength) ?? string.Empty).ToList(),
    };

    private static string? Clean(string? text, int max) =>
        PersianText.Normalize(text).Trim() is { Length: > 0 } value ? FieldLengths.Fit(value, max) : null;
}
