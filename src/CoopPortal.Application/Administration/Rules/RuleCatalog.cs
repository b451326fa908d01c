using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Dormancy.Common;
using CoopPortal.Application.Review.Escalation;
using CoopPortal.Application.Supervision.Common;
using CoopPortal.Domain.Assemblies;
using CoopPortal.Domain.Festival;
using CoopPortal.Domain.Formation;
using CoopPortal.Domain.Liquidation;
using CoopPortal.Domain.Registry;

namespace CoopPortal.Application.Administration.Rules;

/// <summary>The editable rules, in the order the page shows them.</summary>
public static class RuleCatalog
{
    public const string MinimumMembers = FormationRules.SectionName + ":" + nameof(FormationRules.MinimumMembers);
    public const string MaxSharePercent = FormationRules.SectionName + ":" + nameof(FormationRules.MaxSharePercent);
    public const string SlaDays = ReviewOptions.SectionName + ":" + nameof(ReviewOptions.SlaDays);
    public const string DeclarationDueMonths = SupervisionOptions.SectionName + ":" + nameof(SupervisionOptions.DeclarationDueMonths);
    public const string AssemblyWindowMonths = SupervisionOptions.SectionName + ":" + nameof(SupervisionOptions.AssemblyWindowMonths);
    public const string MediumFrom = SupervisionOptions.SectionName + ":" + nameof(SupervisionOptions.MediumFrom);
    public const string HighFrom = SupervisionOptions.SectionName + ":" + nameof(SupervisionOptions.HighFrom);
    public const string DormantAfterYears = SupervisionOptions.SectionName + ":" + nameof(SupervisionOptions.DormantAfterYears);
    public const string DormancyAnswerDays = DormancyOptions.SectionName + ":" + nameof(DormancyOptions.AnswerDays);
    public const string BoardTermYears = RegistryRules.SectionName + ":" + nameof(RegistryRules.BoardTermYears);
    public const string InspectorTermYears = RegistryRules.SectionName + ":" + nameof(RegistryRules.InspectorTermYears);
    public const string MinimumNoticeDays = AssemblyRules.SectionName + ":" + nameof(AssemblyRules.MinimumNoticeDays);
    public const string MaximumNoticeDays = AssemblyRules.SectionName + ":" + nameof(AssemblyRules.MaximumNoticeDays);
    public const string OrdinaryFirstCallPercent = AssemblyRules.SectionName + ":" + nameof(AssemblyRules.OrdinaryFirstCallPercent);
    public const string OrdinarySecondCallPercent = AssemblyRules.SectionName + ":" + nameof(AssemblyRules.OrdinarySecondCallPercent);
    public const string ExtraordinaryFirstCallPercent = AssemblyRules.SectionName + ":" + nameof(AssemblyRules.ExtraordinaryFirstCallPercent);
    public const string ExtraordinarySecondCallPercent = AssemblyRules.SectionName + ":" + nameof(AssemblyRules.ExtraordinarySecondCallPercent);
    public const string MaximumBoards = AssemblyRules.SectionName + ":" + nameof(AssemblyRules.MaximumBoards);
    public const string LiquidationMaxMonths = LiquidationRules.SectionName + ":" + nameof(LiquidationRules.MaxMonths);
    public const string LiquidationMaxLiquidators = LiquidationRules.SectionName + ":" + nameof(LiquidationRules.MaxLiquidators);
    public const string CountyHeadDecides = OfficeRules.SectionName + ":" + nameof(OfficeRules.CountyHeadDecides);
    public const string FestivalAssemblyOnTime = FestivalWeights.SectionName + ":" + nameof(FestivalWeights.AssemblyOnTime);
    public const string FestivalFinancialStatements = FestivalWeights.SectionName + ":" + nameof(FestivalWeights.FinancialStatements);
    public const string FestivalInspectorReport = FestivalWeights.SectionName + ":" + nameof(FestivalWeights.InspectorReport);
    public const string FestivalTaxReturn = FestivalWeights.SectionName + ":" + nameof(FestivalWeights.TaxReturn);
    public const string FestivalInsurance = FestivalWeights.SectionName + ":" + nameof(FestivalWeights.Insurance);
    public const string FestivalBooksKept = FestivalWeights.SectionName + ":" + nameof(FestivalWeights.BooksKept);
    public const string FestivalEmployment = FestivalWeights.SectionName + ":" + nameof(FestivalWeights.Employment);
    public const string FestivalExports = FestivalWeights.SectionName + ":" + nameof(FestivalWeights.Exports);
    public const string FestivalSalesGrowth = FestivalWeights.SectionName + ":" + nameof(FestivalWeights.SalesGrowth);
    public const string FestivalMembers = FestivalWeights.SectionName + ":" + nameof(FestivalWeights.Members);
    public const string FestivalEmployeesFrom = FestivalWeights.SectionName + ":" + nameof(FestivalWeights.EmployeesFrom);
    public const string FestivalMembersFrom = FestivalWeights.SectionName + ":" + nameof(FestivalWeights.MembersFrom);
    public const string FestivalShortlistPerOrientation = FestivalWeights.SectionName + ":" + nameof(FestivalWeights.ShortlistPerOrientation);

    public static IReadOnlyList<RuleDefinition> All { get; } =
    [
        new(MinimumMembers, "حداقل تعداد اعضای تعاونی", "نفر", 3, 100, FormationRules.Default.MinimumMembers,
            "درخواست تشکیل با اعضای کمتر از این تعداد ارسال نمی‌شود (قانون: ۷ نفر)."),
        new(MaxSharePercent, "سقف سهم هر عضو از سرمایه", "درصد", 1, 100, FormationRules.Default.MaxSharePercent,
            "سهم هیچ عضوی از کل سرمایه‌ی تعهدشده بیش از این درصد نمی‌شود."),
        new(SlaDays, "مهلت بررسی درخواست", "روز", 1, 90, new ReviewOptions().SlaDays,
            "درخواستی که بیش از این مدت بی‌تصمیم بماند دیرکرد دارد و به رئیس اداره اطلاع داده می‌شود."),
        new(DeclarationDueMonths, "مهلت خوداظهاری پس از پایان سال مالی", "ماه", 1, 12, new SupervisionOptions().DeclarationDueMonths,
            "خوداظهاری هر سال مالی تا این مدت پس از پایان آن سال باید ارسال شود."),
        new(AssemblyWindowMonths, "مهلت مجمع عمومی عادی پس از پایان سال مالی", "ماه", 1, 12, new SupervisionOptions().AssemblyWindowMonths,
            "مجمع عمومی عادی سالانه باید تا این مدت پس از پایان سال مالی تشکیل شود."),
        new(MediumFrom, "آستانه‌ی ریسک متوسط", "امتیاز", 1, 1000, new SupervisionOptions().MediumFrom,
            "خوداظهاری با این امتیاز یا بیشتر ریسک متوسط دارد."),
        new(HighFrom, "آستانه‌ی ریسک زیاد", "امتیاز", 1, 1000, new SupervisionOptions().HighFrom,
            "خوداظهاری با این امتیاز یا بیشتر ریسک زیاد دارد؛ باید از آستانه‌ی ریسک متوسط بیشتر باشد."),
        new(DormantAfterYears, "سال‌های بدون خوداظهاری تا «احتمالاً راکد»", "سال", 1, 10, new SupervisionOptions().DormantAfterYears,
            "تعاونی‌ای که این تعداد سال مالی پیاپی خوداظهاری نکرده باشد احتمالاً راکد نشان داده می‌شود."),
        new(DormancyAnswerDays, "مهلت پاسخ به اخطاریه رکود", "روز", 7, 365, new DormancyOptions().AnswerDays,
            "تعاونی‌ای که پرونده رکود برایش گشوده شود تا این تعداد روز برای پاسخ و احیا مهلت دارد؛ پس از آن پرونده به مدیر اداره کل ارجاع می‌شود."),
        new(BoardTermYears, "مدت دوره‌ی هیئت مدیره", "سال", 1, 5, RegistryRules.Default.BoardTermYears,
            "پایان دوره‌ی هیئت مدیره‌ای که مجمع مؤسس برمی‌گزیند با این مدت حساب می‌شود."),
        new(InspectorTermYears, "مدت دوره‌ی بازرسان", "سال", 1, 3, RegistryRules.Default.InspectorTermYears,
            "پایان دوره‌ی بازرسانی که مجمع برمی‌گزیند با این مدت حساب می‌شود."),
        new(MinimumNoticeDays, "کمترین فاصله‌ی آگهی دعوت تا تشکیل مجمع", "روز", 1, 60, AssemblyRules.Default.MinimumNoticeDays,
            "آگهی مجمعی که زودتر از این تشکیل شود منتشر نمی‌شود."),
        new(MaximumNoticeDays, "بیشترین فاصله‌ی آگهی دعوت تا تشکیل مجمع", "روز", 1, 120, AssemblyRules.Default.MaximumNoticeDays,
            "آگهی مجمعی که دیرتر از این تشکیل شود منتشر نمی‌شود؛ باید از کمترین فاصله بیشتر باشد."),
        new(OrdinaryFirstCallPercent, "حد نصاب نوبت اول مجمع عادی", "درصد اعضا (بیش از)", 0, 99, AssemblyRules.Default.OrdinaryFirstCallPercent,
            "مجمع عادی در نوبت اول با حضور بیش از این درصد اعضا (حاضر یا با وکالت) رسمی است؛ ۵۰ یعنی بیش از نیمی."),
        new(OrdinarySecondCallPercent, "حد نصاب نوبت دوم مجمع عادی", "درصد اعضا (بیش از)", 0, 99, AssemblyRules.Default.OrdinarySecondCallPercent,
            "۰ یعنی با حضور هر تعداد از اعضا."),
        new(ExtraordinaryFirstCallPercent, "حد نصاب نوبت اول مجمع فوق‌العاده", "درصد اعضا (بیش از)", 0, 99, AssemblyRules.Default.ExtraordinaryFirstCallPercent,
            "مجمع فوق‌العاده در نوبت اول با حضور بیش از این درصد اعضا رسمی است؛ ۶۶ یعنی دو سوم."),
        new(ExtraordinarySecondCallPercent, "حد نصاب نوبت دوم مجمع فوق‌العاده", "درصد اعضا (بیش از)", 0, 99, AssemblyRules.Default.ExtraordinarySecondCallPercent,
            "مجمع فوق‌العاده در نوبت دوم با حضور بیش از این درصد اعضا رسمی است."),
        new(MaximumBoards, "سقف عضویت هم‌زمان در هیئت مدیره‌ی تعاونی‌ها", "تعاونی", 1, 10, AssemblyRules.Default.MaximumBoards,
            "نامزد هیئت مدیره‌ای که اکنون عضو هیئت مدیره‌ی این تعداد تعاونی دیگر است واجد شرایط نیست (قاعده E03)."),
        new(LiquidationMaxMonths, "بیشترین مدت تصفیه", "ماه", 1, 120, LiquidationRules.Default.MaxMonths,
            "پایان مدت تصفیه‌ای که مجمع فوق‌العاده یا اداره تعیین می‌کند بیش از این مدت پس از آغاز آن نیست."),
        new(LiquidationMaxLiquidators, "بیشترین تعداد مدیران تصفیه", "نفر", 1, 3, LiquidationRules.Default.MaxLiquidators,
            "مجمع یا اداره دست‌کم یک و حداکثر این تعداد مدیر تصفیه معرفی می‌کند."),
        new(CountyHeadDecides, "تصمیم نهایی پرونده‌های شهرستان با رئیس اداره شهرستان", "۰ خیر، ۱ بله", 0, 1, new OfficeRules().CountyHeadDecides,
            "کارشناسان اداره شهرستان پرونده‌های شهرستان خود را بررسی می‌کنند. با ۰، تصمیم‌های مدیر (تأیید و رد نهایی، ارجاع به کارشناس، ابطال، تعیین ناظر مجمع) با مدیر امور تعاونی استان است؛ با ۱، رئیس اداره شهرستان آن‌ها را می‌گیرد."),
        new(FestivalAssemblyOnTime, "جشنواره: امتیاز مجمع عادی در مهلت (F01)", "امتیاز", 0, 100, FestivalWeights.Default.AssemblyOnTime,
            "امتیاز تعاونی‌ای که مجمع عمومی عادی سال را در مهلت قانونی برگزار کرده است؛ ۰ این معیار را کنار می‌گذارد."),
        new(FestivalFinancialStatements, "جشنواره: امتیاز صورت‌های مالی در مهلت (F02)", "امتیاز", 0, 100, FestivalWeights.Default.FinancialStatements,
            "امتیاز تعاونی‌ای که صورت‌های مالی کامل و تراز را در مهلت خوداظهاری ارائه کرده است."),
        new(FestivalInspectorReport, "جشنواره: امتیاز گزارش بازرس (F03)", "امتیاز", 0, 100, FestivalWeights.Default.InspectorReport,
            "امتیاز تعاونی‌ای که گزارش بازرس سالش در سامانه ثبت یا پیوست خوداظهاری شده است."),
        new(FestivalTaxReturn, "جشنواره: امتیاز اظهارنامه مالیاتی (F04)", "امتیاز", 0, 100, FestivalWeights.Default.TaxReturn,
            "امتیاز تعاونی‌ای که اظهارنامه مالیاتی سال را تسلیم کرده است."),
        new(FestivalInsurance, "جشنواره: امتیاز پرداخت حق بیمه (F05)", "امتیاز", 0, 100, FestivalWeights.Default.Insurance,
            "امتیاز تعاونی‌ای که حق بیمه کارکنان را پرداخت کرده است."),
        new(FestivalBooksKept, "جشنواره: امتیاز نگهداری دفاتر قانونی (F06)", "امتیاز", 0, 100, FestivalWeights.Default.BooksKept,
            "امتیاز تعاونی‌ای که دفاتر قانونی را نگه می‌دارد."),
        new(FestivalEmployment, "جشنواره: امتیاز اشتغال (F07)", "امتیاز", 0, 100, FestivalWeights.Default.Employment,
            "امتیاز تعاونی‌ای که دست‌کم به شمار تعیین‌شده کارکن دارد."),
        new(FestivalExports, "جشنواره: امتیاز صادرات (F08)", "امتیاز", 0, 100, FestivalWeights.Default.Exports,
            "امتیاز تعاونی‌ای که در سال صادرات داشته است."),
        new(FestivalSalesGrowth, "جشنواره: امتیاز رشد فروش (F09)", "امتیاز", 0, 100, FestivalWeights.Default.SalesGrowth,
            "امتیاز تعاونی‌ای که فروش سالش از فروش سال قبل بیشتر است."),
        new(FestivalMembers, "جشنواره: امتیاز شمار اعضا (F10)", "امتیاز", 0, 100, FestivalWeights.Default.Members,
            "امتیاز تعاونی‌ای که دست‌کم به شمار تعیین‌شده عضو دارد."),
        new(FestivalEmployeesFrom, "جشنواره: کمترین شمار کارکنان برای امتیاز اشتغال", "نفر", 1, 1000, FestivalWeights.Default.EmployeesFrom,
            "تعاونی با این تعداد کارکن یا بیشتر امتیاز اشتغال (F07) را می‌گیرد."),
        new(FestivalMembersFrom, "جشنواره: کمترین شمار اعضا برای امتیاز اعضا", "نفر", 1, 10000, FestivalWeights.Default.MembersFrom,
            "تعاونی با این تعداد عضو یا بیشتر امتیاز شمار اعضا (F10) را می‌گیرد."),
        new(FestivalShortlistPerOrientation, "جشنواره: بیشترین شمار نامزدهای هر گرایش", "تعاونی", 1, 50, FestivalWeights.Default.ShortlistPerOrientation,
            "کارشناسان در جشنواره هر استان از هر گرایش حداکثر این تعداد تعاونی را نامزد می‌کنند."),
    ];

    public static RuleDefinition? Find(string key) => All.FirstOrDefault(r => string.Equals(r.Key, key, StringComparison.Ordinal));

    /// <summary>The element id of a rule's field on the page: "rule-FormationRules-MinimumMembers".</summary>
    public static string ElementId(string key) => "rule-" + (key ?? string.Empty).Replace(':', '-');
}
