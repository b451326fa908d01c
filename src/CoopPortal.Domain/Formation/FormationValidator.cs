using CoopPortal.Domain.Common;
using CoopPortal.Domain.ValueObjects;

namespace CoopPortal.Domain.Formation;

/// <summary>
/// Every formation rule, checked over a whole application: the list of problems is empty exactly when it may be
/// submitted. Each problem names its section and field, in Persian.
/// </summary>
public static class FormationValidator
{
    public const string ActivityTypeRequired = "نوع فعالیت را انتخاب کنید.";
    public const string OrientationRequired = "گرایش تعاونی را انتخاب کنید.";
    public const string MembershipTypeRequired = "نوع عضویت را انتخاب کنید.";
    public const string DescriptionRequired = "موضوع و شرح فعالیت تعاونی را بنویسید.";
    public const string DescriptionTooShort = "شرح فعالیت را کامل‌تر بنویسید (دست‌کم ۲۰ نویسه).";
    public const string ProvinceRequired = "استان محل فعالیت را انتخاب کنید.";
    public const string CountyRequired = "شهرستان محل فعالیت را انتخاب کنید.";
    public const string CountyNotInProvince = "شهرستان انتخاب‌شده در استان انتخاب‌شده نیست.";
    public const string AddressRequired = "نشانی تعاونی را وارد کنید.";
    public const string PhoneRequired = "شماره تلفن تعاونی را وارد کنید.";
    public const string PhoneInvalid = "شماره تلفن باید ۱۱ رقم و با ۰ آغاز شود، مانند ۰۲۴۳۳۴۵۶۷۸۹.";
    public const string NamesRequired = "دست‌کم یک نام پیشنهادی وارد کنید.";
    public const string TooManyNames = "حداکثر ۵ نام پیشنهادی می‌توانید وارد کنید.";
    public const string FullNameRequired = "نام و نام خانوادگی عضو را وارد کنید.";
    public const string FatherNameRequired = "نام پدر عضو را وارد کنید.";
    public const string BirthDateInvalid = "تاریخ تولد را به شکل ۱۳۷۰/۰۵/۱۲ (سال/ماه/روز) وارد کنید.";
    public const string ShareRequired = "مبلغ سهم تعهدشده این عضو را به ریال وارد کنید.";
    public const string NegativeAmount = "مبلغ نمی‌تواند منفی باشد.";
    public const string PaidAboveShare = "مجموع مبلغ پرداختی و آورده غیرنقدی از سهم تعهدشده بیشتر است.";
    public const string InKindDescriptionRequired = "آورده غیرنقدی را شرح دهید (مثلاً زمین، ماشین‌آلات).";
    public const string ApplicantNotMember = "شما (متقاضی) باید یکی از اعضا باشید؛ خود را با کد ملی‌تان به فهرست اعضا بیفزایید.";
    public const string NoCapital = "سرمایه‌ای ثبت نشده است؛ سهم هر عضو را در بخش اعضا وارد کنید.";
    public const string DeclarationRequired = "درستی اطلاعات را تأیید کنید.";

    public static IReadOnlyList<Problem> Validate(FormationApplication application, ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(application);
        ArgumentNullException.ThrowIfNull(context);
        var problems = new List<Problem>();
        CheckCooperative(application.Details, context.CountyInProvince, problems);
        CheckNames(application.ProposedNames, problems);
        CheckMembers(application, context.Rules, context.Today, problems);
        CheckFounders(application.Members, problems);
        CheckCapital(application, context.Rules, problems);
        CheckDocuments(application, context, problems);
        problems.AddRange(ValidateDeclaration(application.DeclarationAccepted));
        return problems;
    }

    /// <summary>
    /// The problems of the cooperative's details alone (the same rules and messages as <see cref="Validate"/> gives
    /// for that section). They need only the details and whether the county lies in the province, so a change to the
    /// details can be checked without loading the members, documents or history.
    /// </summary>
    public static IReadOnlyList<Problem> ValidateCooperative(CooperativeDetails details, bool countyInProvince)
    {
        ArgumentNullException.ThrowIfNull(details);
        var problems = new List<Problem>();
        CheckCooperative(details, countyInProvince, problems);
        return problems;
    }

    /// <summary>The problems of the proposed names alone (as <see cref="Validate"/> gives them for that section).</summary>
    public static IReadOnlyList<Problem> ValidateNames(IReadOnlyList<ProposedName> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var problems = new List<Problem>();
        CheckNames(names, problems);
        return problems;
    }

    /// <summary>
    /// The problems of every section made of the members alone (as <see cref="Validate"/> gives them): the members,
    /// the founders board and the capital, in that order. A change to the members (or to the founders) can alter these
    /// and nothing else but the documents needed (an in-kind share calls for the expert valuation).
    /// </summary>
    public static IReadOnlyList<Problem> ValidateMembership(FormationApplication application, FormationRules rules, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(application);
        ArgumentNullException.ThrowIfNull(rules);
        var problems = new List<Problem>();
        CheckMembers(application, rules, today, problems);
        CheckFounders(application.Members, problems);
        CheckCapital(application, rules, problems);
        return problems;
    }

    /// <summary>The problems of the documents section alone (as <see cref="Validate"/> gives them): the documents still missing.</summary>
    public static IReadOnlyList<Problem> ValidateDocuments(FormationApplication application, ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(application);
        ArgumentNullException.ThrowIfNull(context);
        var problems = new List<Problem>();
        CheckDocuments(application, context, problems);
        return problems;
    }

    /// <summary>The problem of the declaration alone (as <see cref="Validate"/> gives it): none once it is given.</summary>
    public static IReadOnlyList<Problem> ValidateDeclaration(bool accepted) =>
        accepted ? [] : [new(ApplicationSection.Declaration, "DeclarationAccepted", DeclarationRequired)];

    private static void CheckCooperative(CooperativeDetails d, bool countyInProvince, List<Problem> problems)
    {
        void Add(string field, string message) => problems.Add(new(ApplicationSection.Cooperative, field, message));

        if (d.ActivityTypeId is null)
        {
            Add(nameof(d.ActivityTypeId), ActivityTypeRequired);
        }

        if (d.OrientationId is null)
        {
            Add(nameof(d.OrientationId), OrientationRequired);
        }

        if (d.MembershipTypeId is null)
        {
            Add(nameof(d.MembershipTypeId), MembershipTypeRequired);
        }

        if (d.ActivityDescription.Length == 0)
        {
            Add(nameof(d.ActivityDescription), DescriptionRequired);
        }
        else if (d.ActivityDescription.Length < 20)
        {
            Add(nameof(d.ActivityDescription), DescriptionTooShort);
        }

        if (d.ProvinceId is null)
        {
            Add(nameof(d.ProvinceId), ProvinceRequired);
        }

        if (d.CountyId is null)
        {
            Add(nameof(d.CountyId), CountyRequired);
        }
        else if (d.ProvinceId is not null && !countyInProvince)
        {
            Add(nameof(d.CountyId), CountyNotInProvince);
        }

        if (d.Address.Length == 0)
        {
            Add(nameof(d.Address), AddressRequired);
        }

        var postal = PostalCode.Parse(d.PostalCode);
        if (!postal.IsValid)
        {
            Add(nameof(d.PostalCode), postal.Error!);
        }

        if (d.Phone.Length == 0)
        {
            Add(nameof(d.Phone), PhoneRequired);
        }
        else if (d.Phone.Length != 11 || d.Phone[0] != '0' || !d.Phone.All(char.IsAsciiDigit))
        {
            Add(nameof(d.Phone), PhoneInvalid);
        }
    }

    private static void CheckNames(IReadOnlyList<ProposedName> names, List<Problem> problems)
    {
        void Add(string field, string message) => problems.Add(new(ApplicationSection.Names, field, message));

        if (names.All(n => n.Name.Length == 0))
        {
            Add("Names[0]", NamesRequired);
            return;
        }

        if (names.Count > FormationRules.MaxProposedNames)
        {
            Add($"Names[{FormationRules.MaxProposedNames}]", TooManyNames);
        }

        for (var i = 0; i < names.Count; i++)
        {
            var rank = PersianNumbers.Format(i + 1);
            if (names[i].Name.Length == 0)
            {
                Add($"Names[{i}]", $"نام پیشنهادی {rank} خالی است؛ آن را بنویسید یا حذف کنید.");
                continue;
            }

            if (names[i].NameKey.Length < 2)
            {
                Add($"Names[{i}]", $"نام پیشنهادی {rank} کوتاه است؛ نامی دست‌کم دوحرفی (بدون «تعاونی») بنویسید.");
                continue;
            }

            var earlier = names.Take(i).ToList().FindIndex(n => n.NameKey.Length > 0 && n.NameKey == names[i].NameKey);
            if (earlier >= 0)
            {
                Add($"Names[{i}]", $"نام پیشنهادی {rank} با نام {PersianNumbers.Format(earlier + 1)} یکی است؛ نام دیگری بنویسید.");
            }
        }
    }

    private static void CheckMembers(FormationApplication application, FormationRules rules, DateOnly today, List<Problem> problems)
    {
        var members = application.Members;
        void Add(string field, string message) => problems.Add(new(ApplicationSection.Members, field, message));

        if (members.Count < rules.MinimumMembers)
        {
            Add("Members", $"تعاونی دست‌کم {PersianNumbers.Format(rules.MinimumMembers)} عضو لازم دارد؛ اکنون {PersianNumbers.Format(members.Count)} عضو وارد شده است.");
        }

        for (var i = 0; i < members.Count; i++)
        {
            var m = members[i];
            var who = $"عضو {PersianNumbers.Format(i + 1)}";
            var prefix = $"Members[{i}].";
            if (m.FullName.Length == 0)
            {
                Add(prefix + nameof(m.FullName), $"{who}: {FullNameRequired}");
            }

            if (m.FatherName.Length == 0)
            {
                Add(prefix + nameof(m.FatherName), $"{who}: {FatherNameRequired}");
            }

            var code = NationalCode.Parse(m.NationalCode);
            if (!code.IsValid)
            {
                Add(prefix + nameof(m.NationalCode), $"{who}: {code.Error}");
            }
            else
            {
                var first = members.Take(i).ToList().FindIndex(other => other.NationalCode == m.NationalCode);
                if (first >= 0)
                {
                    Add(prefix + nameof(m.NationalCode), $"کد ملی {who} با عضو {PersianNumbers.Format(first + 1)} تکراری است؛ هر نفر فقط یک بار عضو می‌شود.");
                }
            }

            var birth = JalaliDate.Parse(m.BirthDateJalali);
            if (birth is null)
            {
                Add(prefix + nameof(m.BirthDateJalali), $"{who}: {BirthDateInvalid}");
            }
            else if (JalaliDate.AddYears(birth.Value, ValidationContext.MinimumAge) > today)
            {
                Add(prefix + nameof(m.BirthDateJalali), $"{who}: عضو تعاونی باید دست‌کم {PersianNumbers.Format(ValidationContext.MinimumAge)} سال داشته باشد.");
            }

            var mobile = MobileNumber.Parse(m.Mobile);
            if (!mobile.IsValid)
            {
                Add(prefix + nameof(m.Mobile), $"{who}: {mobile.Error}");
            }

            if (m.ShareSubscribed is null or <= 0)
            {
                Add(prefix + nameof(m.ShareSubscribed), $"{who}: {ShareRequired}");
            }

            if (m.AmountPaid < 0 || m.InKindValue < 0)
            {
                Add(prefix + nameof(m.AmountPaid), $"{who}: {NegativeAmount}");
            }
            else if (m.ShareSubscribed is > 0 && (m.AmountPaid ?? 0) + (m.InKindValue ?? 0) > m.ShareSubscribed)
            {
                Add(prefix + nameof(m.AmountPaid), $"{who}: {PaidAboveShare}");
            }

            if (m.HasInKind && m.InKindDescription.Length == 0)
            {
                Add(prefix + nameof(m.InKindDescription), $"{who}: {InKindDescriptionRequired}");
            }
        }

        if (members.Count > 0 && members.All(m => m.NationalCode != application.ApplicantNationalCode))
        {
            Add("Members", ApplicantNotMember);
        }
    }

    private static void CheckFounders(IReadOnlyList<Member> members, List<Problem> problems)
    {
        var founders = members.Count(m => m.IsFounder);
        if (founders != FormationRules.FoundersBoardSize)
        {
            problems.Add(new(ApplicationSection.FoundersBoard, "Founders",
                $"هیئت مؤسس باید دقیقاً {PersianNumbers.Format(FormationRules.FoundersBoardSize)} نفر از اعضا باشد؛ اکنون {PersianNumbers.Format(founders)} نفر انتخاب شده است."));
        }
    }

    private static void CheckCapital(FormationApplication application, FormationRules rules, List<Problem> problems)
    {
        var plan = application.Capital;
        void Add(string field, string message) => problems.Add(new(ApplicationSection.Capital, field, message));

        if (plan.Total <= 0)
        {
            Add("Total", NoCapital);
            return;
        }

        if (!rules.IsPaidEnough(plan.Paid, plan.Total))
        {
            Add("Paid", $"دست‌کم {PersianNumbers.Format(rules.PaidFractionNumerator)}/{PersianNumbers.Format(rules.PaidFractionDenominator)} سرمایه باید پیش از ثبت پرداخت شود؛ اکنون {PersianNumbers.Format(plan.Paid)} ریال از {PersianNumbers.Format(plan.Total)} ریال پرداخت (یا به‌صورت غیرنقدی آورده) شده است.");
        }

        var members = application.Members;
        for (var i = 0; i < members.Count; i++)
        {
            var share = members[i].ShareSubscribed ?? 0;
            if (share > 0 && !rules.IsWithinShareCap(share, plan.Total))
            {
                var percent = share * 100m / plan.Total;
                Add($"Members[{i}].ShareSubscribed",
                    $"سهم عضو {PersianNumbers.Format(i + 1)} ({members[i].FullName}) {PersianNumbers.Format(percent, 1)} درصد سرمایه است؛ سهم هر عضو حداکثر {PersianNumbers.Format(rules.MaxSharePercent)} درصد سرمایه می‌تواند باشد.");
            }
        }
    }

    private static void CheckDocuments(FormationApplication application, ValidationContext context, List<Problem> problems)
    {
        foreach (var kind in context.RequiredDocumentsOf(application))
        {
            if (application.Documents.All(d => d.Kind != kind))
            {
                problems.Add(new(ApplicationSection.Documents, kind.ToString(), $"{context.Documents.Title(kind)} را بارگذاری کنید."));
            }
        }
    }
}
