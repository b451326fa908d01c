using CoopPortal.Domain.Registry;

namespace CoopPortal.Domain.Inspection;

/// <summary>
/// What each section of an inspector's report needs before the inspector may sign and send it, with a Persian message
/// for the field it is about (the form links each message to its field). The report is the inspector's own: the rules ask
/// for an answer in every section and an explanation wherever the answer is not a plain "yes".
/// </summary>
public static class InspectorReportRules
{
    public const string BooksMissing = "بگویید دفاتر قانونی (روزنامه و کل) نگهداری می‌شود یا نه.";
    public const string BooksRemarksMissing = "کاستی‌های دفاتر قانونی را در توضیح بنویسید.";
    public const string StatementsUnbalanced = "جمع دارایی‌ها با جمع بدهی‌ها و حقوق صاحبان سهام برابر نیست؛ علت را در توضیح صورت‌های مالی بنویسید.";
    public const string BylawsMissing = "بگویید اساسنامه رعایت شده است یا نه.";
    public const string BylawsRemarksMissing = "مواردی را که اساسنامه رعایت نشده است بنویسید.";
    public const string ResolutionsMissing = "بگویید مصوبات مجمع اجرا شده است یا نه.";
    public const string ResolutionsRemarksMissing = "مصوباتی را که اجرا نشده است بنویسید.";
    public const string OpinionMissing = "اظهارنظر بازرس را انتخاب کنید: مقبول، مشروط، مردود یا عدم اظهارنظر.";

    /// <summary>The figures of the statements section: the field key and its Persian label.</summary>
    public static IReadOnlyList<(string Key, string Label)> Figures { get; } =
    [
        (nameof(InspectorReportContent.TotalAssets), "جمع دارایی‌ها"),
        (nameof(InspectorReportContent.TotalLiabilities), "جمع بدهی‌ها"),
        (nameof(InspectorReportContent.Equity), "حقوق صاحبان سهام"),
        (nameof(InspectorReportContent.NetProfitOrLoss), "سود (زیان) خالص سال"),
    ];

    public static string FigureMissing(string label) => $"«{label}» را از صورت‌های مالی رسیدگی‌شده وارد کنید (به ریال).";

    public static string FindingBlank(int number) => $"یافته {Domain.Common.PersianDigits.ToPersian(number.ToString(System.Globalization.CultureInfo.InvariantCulture))} خالی است؛ آن را بنویسید یا حذف کنید.";

    public static string FindingsNeeded(InspectorOpinion opinion) => $"برای اظهارنظر «{InspectorReportText.Title(opinion)}» دست‌کم یک یافته بنویسید.";

    public static string BasisNeeded(InspectorOpinion opinion) => $"مبنای اظهارنظر «{InspectorReportText.Title(opinion)}» را بنویسید.";

    /// <summary>The field key of a finding in the list (<c>Findings[0]</c>).</summary>
    public static string FindingField(int index) => $"{nameof(InspectorReportContent.Findings)}[{index}]";

    /// <summary>Every problem of the report, in the order of its sections.</summary>
    public static IReadOnlyList<FieldProblem> Validate(InspectorReportContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var problems = new List<FieldProblem>();
        YesNo(problems, content.BooksKept, content.BooksRemarks, nameof(content.BooksKept), nameof(content.BooksRemarks), BooksMissing, BooksRemarksMissing);
        foreach (var (key, label) in Figures)
        {
            if (Figure(content, key) is null)
            {
                problems.Add(new FieldProblem(key, FigureMissing(label)));
            }
        }

        if (content is { TotalAssets: { } assets, TotalLiabilities: { } liabilities, Equity: { } equity }
            && assets != liabilities + equity && string.IsNullOrWhiteSpace(content.StatementsRemarks))
        {
            problems.Add(new FieldProblem(nameof(content.StatementsRemarks), StatementsUnbalanced));
        }

        YesNo(problems, content.BylawsComplied, content.BylawsRemarks, nameof(content.BylawsComplied), nameof(content.BylawsRemarks), BylawsMissing, BylawsRemarksMissing);
        YesNo(problems, content.ResolutionsCarriedOut, content.ResolutionsRemarks, nameof(content.ResolutionsCarriedOut), nameof(content.ResolutionsRemarks), ResolutionsMissing, ResolutionsRemarksMissing);
        for (var i = 0; i < content.Findings.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(content.Findings[i]))
            {
                problems.Add(new FieldProblem(FindingField(i), FindingBlank(i + 1)));
            }
        }

        if (content.Opinion is not { } opinion)
        {
            problems.Add(new FieldProblem(nameof(content.Opinion), OpinionMissing));
        }
        else if (opinion != InspectorOpinion.Unqualified)
        {
            if (!content.Findings.Any(f => !string.IsNullOrWhiteSpace(f)))
            {
                problems.Add(new FieldProblem(nameof(content.Findings), FindingsNeeded(opinion)));
            }

            if (string.IsNullOrWhiteSpace(content.OpinionBasis))
            {
                problems.Add(new FieldProblem(nameof(content.OpinionBasis), BasisNeeded(opinion)));
            }
        }

        return problems;
    }

    /// <summary>The section a field key belongs to (<c>Findings[2]</c> to the findings).</summary>
    public static InspectorReportSection SectionOf(string field) => field switch
    {
        nameof(InspectorReportContent.BooksKept) or nameof(InspectorReportContent.BooksRemarks) => InspectorReportSection.Books,
        nameof(InspectorReportContent.BylawsComplied) or nameof(InspectorReportContent.BylawsRemarks) => InspectorReportSection.Bylaws,
        nameof(InspectorReportContent.ResolutionsCarriedOut) or nameof(InspectorReportContent.ResolutionsRemarks) => InspectorReportSection.Resolutions,
        nameof(InspectorReportContent.Opinion) or nameof(InspectorReportContent.OpinionBasis) => InspectorReportSection.Opinion,
        _ when field.StartsWith(nameof(InspectorReportContent.Findings), StringComparison.Ordinal) => InspectorReportSection.Findings,
        _ => InspectorReportSection.Statements,
    };

    /// <summary>A figure of the statements by its key.</summary>
    public static long? Figure(InspectorReportContent content, string key)
    {
        ArgumentNullException.ThrowIfNull(content);
        return key switch
        {
            nameof(InspectorReportContent.TotalAssets) => content.TotalAssets,
            nameof(InspectorReportContent.TotalLiabilities) => content.TotalLiabilities,
            nameof(InspectorReportContent.Equity) => content.Equity,
            nameof(InspectorReportContent.NetProfitOrLoss) => content.NetProfitOrLoss,
            _ => null,
        };
    }

    private static void YesNo(List<FieldProblem> problems, bool? answer, string? remarks, string answerField, string remarksField, string missing, string remarksMissing)
    {
        if (answer is null)
        {
            problems.Add(new FieldProblem(answerField, missing));
        }
        else if (answer == false && string.IsNullOrWhiteSpace(remarks))
        {
            problems.Add(new FieldProblem(remarksField, remarksMissing));
        }
    }
}
