using System.Linq.Expressions;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Registry;

namespace CoopPortal.Domain.Supervision;

/// <summary>
/// The fields of the annual self-declaration (خوداظهاری نظارتی), described once: for each its key (the property of
/// <see cref="DeclarationContent"/>, also its problem key and form id), section, kind, Persian labels, unit, hint and
/// messages. The form, the read-only views, the printed report, the validator and the section merge all read this list,
/// in this order.
/// </summary>
public static class DeclarationFieldCatalog
{
    public const string NotANumber = "عدد را درست وارد کنید (فقط رقم؛ جداکننده هزارگان مجاز است).";
    public const string NotAWholeCount = "عدد صحیح و نامنفی وارد کنید.";
    public const string NotADate = "تاریخ را به شکل ۱۴۰۴/۰۵/۱۲ وارد کنید.";

    private const string People = "نفر";
    private const string Rials = "ریال";
    private const string Hours = "ساعت";
    private const string ComplianceUnanswered = "به همه پرسش‌های تکالیف قانونی (اظهارنامه مالیاتی، بیمه، دفاتر، مجوزها) پاسخ دهید.";
    private const string NoTrainingHours = "ساعت آموزش سال را وارد کنید (اگر آموزشی نبوده، صفر).";
    private const string NoExportsValue = "ارزش صادرات سال را به ریال وارد کنید (اگر صادراتی نبوده، صفر).";

    public static IReadOnlyList<DeclarationField> All { get; } =
    [
        Count(c => c.MembersTotal, (c, v) => c with { MembersTotal = v }, DeclarationSection.Members, "شمار کل اعضا") with { Unit = People, OnReceipt = true },
        Count(c => c.MembersWomen, (c, v) => c with { MembersWomen = v }, DeclarationSection.Members, "شمار اعضای زن") with { Unit = People, ShortLabel = "اعضای زن" },
        Count(c => c.MembersMen, (c, v) => c with { MembersMen = v }, DeclarationSection.Members, "شمار اعضای مرد") with { Unit = People, ShortLabel = "اعضای مرد" },
        Count(c => c.Employees, (c, v) => c with { Employees = v }, DeclarationSection.Members, "شمار کارکنان") with { Unit = People },
        Amount(c => c.Capital, (c, v) => c with { Capital = v }, DeclarationSection.Members, "سرمایه") with { OnReceipt = true },

        Amount(c => c.TotalAssets, (c, v) => c with { TotalAssets = v }, DeclarationSection.Finances, "جمع دارایی‌ها") with { OnReceipt = true },
        Amount(c => c.TotalLiabilities, (c, v) => c with { TotalLiabilities = v }, DeclarationSection.Finances, "جمع بدهی‌ها") with { OnReceipt = true },
        Amount(c => c.Equity, (c, v) => c with { Equity = v }, DeclarationSection.Finances, "حقوق صاحبان سهام") with
        {
            AllowsNegative = true, OnReceipt = true,
            Hint = "اگر منفی است، با علامت منفی بنویسید",
            Missing = "حقوق صاحبان سهام را وارد کنید (اگر منفی است، با علامت منفی).",
        },
        Amount(c => c.Revenue, (c, v) => c with { Revenue = v }, DeclarationSection.Finances, "درآمد (فروش)") with { OnReceipt = true },
        Amount(c => c.NetProfitOrLoss, (c, v) => c with { NetProfitOrLoss = v }, DeclarationSection.Finances, "سود یا زیان خالص") with
        {
            AllowsNegative = true, OnReceipt = true, ShortLabel = "سود (زیان) خالص",
            Hint = "زیان را با علامت منفی بنویسید، مانند -۵۰۰٬۰۰۰",
            Missing = "سود یا زیان خالص را وارد کنید (زیان با علامت منفی).",
        },
        Amount(c => c.Dividends, (c, v) => c with { Dividends = v }, DeclarationSection.Finances, "سود تقسیم‌شده") with { Hint = "اگر سودی تقسیم نشده، صفر" },

        Date(c => c.OrdinaryAssemblyHeldOn, (c, v) => c with { OrdinaryAssemblyHeldOn = v }, DeclarationSection.Assemblies, "تاریخ مجمع عمومی عادی سالانه") with
        {
            IsRequired = false, ShortLabel = "مجمع عمومی عادی سالانه", NotGiven = "برگزار نشده",
            Hint = "مانند ۱۴۰۴/۰۳/۱۵؛ اگر برگزار نشده خالی بگذارید",
        },
        Rows(c => c.ExtraordinaryAssemblies, (c, v) => c with { ExtraordinaryAssemblies = v }, DeclarationSection.Assemblies, "مجامع عمومی فوق‌العاده سال") with
        {
            ShortLabel = "مجامع عمومی فوق‌العاده", NotGiven = "مجمع عمومی فوق‌العاده‌ای اعلام نشده است.",
            Columns =
            [
                new(nameof(ExtraordinaryAssembly.HeldOn), DeclarationFieldKind.Date, "تاریخ") { Missing = "تاریخ مجمع فوق‌العاده {row} را درست وارد کنید." },
                new(nameof(ExtraordinaryAssembly.Subject), DeclarationFieldKind.Text, "موضوع") { Missing = "موضوع مجمع فوق‌العاده {row} را بنویسید." },
            ],
        },

        Rows(c => c.Officers, (c, v) => c with { Officers = v }, DeclarationSection.Officers, "هیئت مدیره، بازرسان و مدیرعامل") with
        {
            NotGiven = "هیچ عضو هیئت مدیره یا بازرسی اعلام نشده است.",
            Columns =
            [
                new(nameof(OfficerEntry.Role), DeclarationFieldKind.Choice, "سمت") { Title = role => OfficerRoleText.Title((OfficerRole)role) },
                new(nameof(OfficerEntry.FullName), DeclarationFieldKind.Text, "نام و نام خانوادگی") { Missing = "نام {row} را وارد کنید." },
                new(nameof(OfficerEntry.NationalCode), DeclarationFieldKind.NationalCode, "کد ملی"),
                new(nameof(OfficerEntry.TermStartsOn), DeclarationFieldKind.Date, "آغاز دوره") { IsRequired = false },
                new(nameof(OfficerEntry.TermEndsOn), DeclarationFieldKind.Date, "پایان دوره") { Hint = "مانند ۱۴۰۶/۰۴/۳۱", Missing = "تاریخ پایان دوره {row} را وارد کنید." },
            ],
        },

        YesNo(c => c.TaxReturnFiled, (c, v) => c with { TaxReturnFiled = v }, "اظهارنامه مالیاتی سال تسلیم شده است؟") with { ShortLabel = "اظهارنامه مالیاتی تسلیم شده" },
        YesNo(c => c.InsurancePaid, (c, v) => c with { InsurancePaid = v }, "حق بیمه کارکنان پرداخت شده است؟") with { ShortLabel = "حق بیمه پرداخت شده" },
        YesNo(c => c.BooksKept, (c, v) => c with { BooksKept = v }, "دفاتر قانونی نگهداری می‌شود؟") with { ShortLabel = "دفاتر قانونی نگهداری می‌شود" },
        YesNo(c => c.LicencesValid, (c, v) => c with { LicencesValid = v }, "مجوزهای فعالیت معتبر است؟") with { ShortLabel = "مجوزهای فعالیت معتبر است" },

        Count(c => c.TrainingHours, (c, v) => c with { TrainingHours = v }, DeclarationSection.Activity, "ساعت آموزش اعضا و کارکنان در سال") with
        {
            Unit = Hours, ShortLabel = "ساعت آموزش", Hint = "اگر آموزشی نبوده، صفر", Missing = NoTrainingHours, Negative = NoTrainingHours,
        },
        Amount(c => c.ExportsValue, (c, v) => c with { ExportsValue = v }, DeclarationSection.Activity, "ارزش صادرات سال") with
        {
            ShortLabel = "ارزش صادرات", Hint = "اگر صادراتی نبوده، صفر", Missing = NoExportsValue, Negative = NoExportsValue,
        },
    ];

    /// <summary>Last year's net profit or loss, shown beside this year's (it comes from last year's declaration, not this one's content).</summary>
    public static DeclarationEntry PreviousYearNetProfitOrLoss { get; } =
        new("PreviousYearNetProfitOrLoss", DeclarationFieldKind.Amount, "سود (زیان) خالص سال قبل") { Unit = Rials, AllowsNegative = true, IsRequired = false };

    /// <summary>A field by its key (the property of <see cref="DeclarationContent"/>).</summary>
    public static DeclarationField Get(string key) => All.Single(f => f.Key == key);

    /// <summary>The fields of a section, in order.</summary>
    public static IEnumerable<DeclarationField> In(DeclarationSection section) => All.Where(f => f.Section == section);

    /// <summary>A row as messages name it: «ردیف ۲» for the second.</summary>
    public static string Row(int index) => $"ردیف {PersianNumbers.Format(index + 1)}";

    /// <summary>
    /// The section a problem's key belongs to: a field («Equity»), a cell («Officers[2].NationalCode»), a shared key
    /// («Compliance») or a section itself («Section.Finances»); null for the declaration of truth.
    /// </summary>
    public static DeclarationSection? SectionOf(string problemKey)
    {
        ArgumentNullException.ThrowIfNull(problemKey);
        const string sectionPrefix = "Section.";
        if (problemKey.StartsWith(sectionPrefix, StringComparison.Ordinal))
        {
            return Enum.TryParse<DeclarationSection>(problemKey[sectionPrefix.Length..], out var section) ? section : null;
        }

        var key = problemKey.Split('[', '.')[0];
        return All.FirstOrDefault(f => f.Key == key || f.ProblemKey == key)?.Section;
    }

    /// <summary>
    /// The single-valued fields of a section as the read-only views and the report show them, in order; last year's net
    /// profit or loss follows this year's.
    /// </summary>
    public static IReadOnlyList<DeclarationLine> Lines(DeclarationSection section, DeclarationContent content, long? previousYearNetProfitOrLoss)
    {
        ArgumentNullException.ThrowIfNull(content);
        var lines = new List<DeclarationLine>();
        foreach (var field in In(section).Where(f => f.Kind != DeclarationFieldKind.Rows))
        {
            lines.Add(new(field.Key, field.ViewLabel, field.DisplayOf(content)));
            if (field.Key == nameof(DeclarationContent.NetProfitOrLoss))
            {
                var previous = PreviousYearNetProfitOrLoss;
                lines.Add(new(previous.Key, previous.ViewLabel, previous.Display(previousYearNetProfitOrLoss)));
            }
        }

        return lines;
    }

    private static DeclarationField Count(Expression<Func<DeclarationContent, int?>> read, Func<DeclarationContent, int?, DeclarationContent> write, DeclarationSection section, string label) =>
        Field(read, (c, v) => write(c, (int?)v), section, DeclarationFieldKind.Count, label);

    private static DeclarationField Amount(Expression<Func<DeclarationContent, long?>> read, Func<DeclarationContent, long?, DeclarationContent> write, DeclarationSection section, string label) =>
        Field(read, (c, v) => write(c, (long?)v), section, DeclarationFieldKind.Amount, label) with { Unit = Rials };

    private static DeclarationField Date(Expression<Func<DeclarationContent, DateOnly?>> read, Func<DeclarationContent, DateOnly?, DeclarationContent> write, DeclarationSection section, string label) =>
        Field(read, (c, v) => write(c, (DateOnly?)v), section, DeclarationFieldKind.Date, label);

    private static DeclarationField YesNo(Expression<Func<DeclarationContent, bool?>> read, Func<DeclarationContent, bool?, DeclarationContent> write, string question) =>
        Field(read, (c, v) => write(c, (bool?)v), DeclarationSection.Compliance, DeclarationFieldKind.YesNo, question) with
        {
            ProblemKey = "Compliance", Missing = ComplianceUnanswered,
        };

    private static DeclarationField Rows<TRow>(Expression<Func<DeclarationContent, IReadOnlyList<TRow>>> read, Func<DeclarationContent, IReadOnlyList<TRow>, DeclarationContent> write, DeclarationSection section, string label) =>
        Field(read, (c, v) => write(c, (IReadOnlyList<TRow>?)v ?? []), section, DeclarationFieldKind.Rows, label);

    private static DeclarationField Field<T>(Expression<Func<DeclarationContent, T>> read, Func<DeclarationContent, object?, DeclarationContent> write, DeclarationSection section, DeclarationFieldKind kind, string label)
    {
        var key = ((MemberExpression)read.Body).Member.Name;
        var get = read.Compile();
        return new DeclarationField(key, section, kind, label, c => get(c), write);
    }
}
