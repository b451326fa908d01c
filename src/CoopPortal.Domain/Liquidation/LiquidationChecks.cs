using System.Globalization;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Registry;

namespace CoopPortal.Domain.Liquidation;

/// <summary>
/// What a liquidation needs, each problem with its field and a Persian message: 1 to <see cref="LiquidationRules.MaxLiquidators"/>
/// liquidators with names and valid, distinct national codes, each term within the period; a period that ends after it
/// starts and within <see cref="LiquidationRules.MaxMonths"/> months; a report with its text and file, the final one
/// with its figures, and an interim report before the final one unless the settings say otherwise.
/// </summary>
public static class LiquidationChecks
{
    public const string NoLiquidator = "دست‌کم یک مدیر تصفیه را با نام و کد ملی معرفی کنید.";
    public const string TextMissing = "متن گزارش را بنویسید (دست‌کم یک جمله).";
    public const string FileMissing = "فایل گزارش (امضاشده به دست مدیران تصفیه) را بارگذاری کنید.";
    public const string InterimFirst = "پیش از گزارش نهایی دست‌کم یک گزارش میان‌دوره‌ای ثبت کنید.";

    public static string TooMany(int max) => $"بیش از {Number(max)} مدیر تصفیه معرفی نمی‌شود.";

    public static string PeriodTooLong(int months) => $"مدت تصفیه بیش از {Number(months)} ماه نیست.";

    /// <summary>Every problem of the liquidators and the period.</summary>
    public static IReadOnlyList<FieldProblem> Validate(IReadOnlyList<Liquidator> liquidators, DateOnly startsOn, DateOnly? endsOn, LiquidationRules rules)
    {
        ArgumentNullException.ThrowIfNull(liquidators);
        ArgumentNullException.ThrowIfNull(rules);
        var problems = new List<FieldProblem>();
        if (liquidators.Count == 0)
        {
            problems.Add(new("Liquidators", NoLiquidator));
        }
        else if (liquidators.Count > rules.MaxLiquidators)
        {
            problems.Add(new("Liquidators", TooMany(rules.MaxLiquidators)));
        }

        if (endsOn is not { } end)
        {
            problems.Add(new("EndsOn", "پایان مدت تصفیه را وارد کنید."));
        }
        else if (end <= startsOn)
        {
            problems.Add(new("EndsOn", "پایان مدت تصفیه باید پس از آغاز آن باشد."));
        }
        else if (end > startsOn.AddMonths(rules.MaxMonths))
        {
            problems.Add(new("EndsOn", PeriodTooLong(rules.MaxMonths)));
        }

        for (var i = 0; i < liquidators.Count; i++)
        {
            var l = liquidators[i];
            var field = $"Liquidators[{i}]";
            if (string.IsNullOrWhiteSpace(l.FullName))
            {
                problems.Add(new(field, $"نام مدیر تصفیه {Number(i + 1)} را بنویسید."));
            }

            if (!ValueObjects.NationalCode.IsValid(l.NationalCode))
            {
                problems.Add(new(field, $"کد ملی مدیر تصفیه {Number(i + 1)} درست نیست."));
            }
            else if (liquidators.Take(i).Any(o => o.NationalCode == l.NationalCode))
            {
                problems.Add(new(field, $"«{l.FullName}» بیش از یک بار معرفی شده است."));
            }

            if (l.To < l.From || l.From < startsOn || (endsOn is { } e && l.To > e))
            {
                problems.Add(new(field, $"دوره‌ی «{l.FullName}» باید در مدت تصفیه باشد و پایانش پس از آغازش."));
            }
        }

        return problems;
    }

    /// <summary>Every problem of the report being written, for the kind it would be filed as.</summary>
    public static IReadOnlyList<FieldProblem> ValidateReport(
        LiquidationReportKind kind, LiquidationDraft draft, IReadOnlyList<AttachedFile> files, int interimsFiled, LiquidationRules rules)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(rules);
        var problems = new List<FieldProblem>();
        if (kind == LiquidationReportKind.Final && rules.InterimRequired && interimsFiled == 0)
        {
            problems.Add(new("Report", InterimFirst));
        }

        if (draft.Text is not { Length: >= 10 })
        {
            problems.Add(new(nameof(draft.Text), TextMissing));
        }

        if (kind == LiquidationReportKind.Final)
        {
            Figure(problems, draft.Assets, nameof(draft.Assets), "جمع دارایی‌های تعاونی در آغاز تصفیه");
            Figure(problems, draft.DebtsSettled, nameof(draft.DebtsSettled), "بدهی‌های پرداخت‌شده");
            Figure(problems, draft.RemainingDistributed, nameof(draft.RemainingDistributed), "باقی‌مانده‌ی تقسیم‌شده میان اعضا");
        }

        if (files.Count == 0)
        {
            problems.Add(new("Files", FileMissing));
        }

        return problems;
    }

    private static void Figure(List<FieldProblem> problems, long? value, string field, string label)
    {
        if (value is not >= 0)
        {
            problems.Add(new(field, $"«{label}» را به ریال وارد کنید (صفر اگر نبود)."));
        }
    }

    private static string Number(int value) => PersianDigits.ToPersian(value.ToString(CultureInfo.InvariantCulture));
}
