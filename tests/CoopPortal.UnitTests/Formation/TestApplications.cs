using CoopPortal.Domain.Formation;
using CoopPortal.UnitTests.TestSupport;

namespace CoopPortal.UnitTests.Formation;

/// <summary>
/// Builds formation applications for the tests. <see cref="Complete"/> gives an application with no problem at all
/// (checked in <c>FormationValidatorTests</c>); each test then breaks exactly one thing through the public API.
/// </summary>
public static class TestApplications
{
    public const string ApplicantUserId = "applicant-1";
    public const string ReviewerUserId = "reviewer-1";
    public const string OtherReviewerUserId = "reviewer-2";
    public const string TrackingCodeValue = "K7TM-29QH";

    public const long Share = 10_000_000;
    public const long Paid = 4_000_000;

    /// <summary>Today for the age rule: 2026-11-23 (۱۴۰۵/۰۹/۰۲).</summary>
    public static readonly DateOnly Today = new(2026, 11, 23);

    public static readonly DateTime Now = new(2026, 11, 23, 8, 0, 0, DateTimeKind.Utc);

    private static readonly string[] FullNames =
    [
        "علی رضایی", "مریم احمدی", "حسین کریمی", "زهرا موسوی", "رضا حسینی",
        "فاطمه محمدی", "مهدی صادقی", "سارا جعفری", "امیر نوری", "لیلا قاسمی",
    ];

    /// <summary>The applicant is always member 0.</summary>
    public static string ApplicantNationalCode => NationalCodeFor(0);

    public static ValidationContext Context(FormationRules? rules = null, bool orientationNeedsLicence = false, bool countyInProvince = true) =>
        new(rules ?? FormationRules.Default, orientationNeedsLicence, countyInProvince, Today);

    /// <summary>A valid national code per index (0..99), its check digit computed with the domain.md formula.</summary>
    public static string NationalCodeFor(int index)
    {
        if (index is < 0 or > 99)
        {
            throw new ArgumentOutOfRangeException(nameof(index));
        }

        var body = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"0012345{index:00}");
        return Checksums.CompleteNationalCode(body);
    }

    public static CooperativeDetails ValidDetails() => CooperativeDetails.Create(
        activityTypeId: 1,
        orientationId: 1,
        membershipTypeId: 1,
        activityDescription: "تولید و بسته‌بندی محصولات لبنی روستای قره‌چریان",
        provinceId: 14,
        countyId: 1,
        address: "زنجان، خیابان سعدی، کوچه ۱۲، پلاک ۴",
        postalCode: "1234567890",
        phone: "02433456789");

    public static MemberDetails ValidMember(int index) => new(
        FullName: FullNames[index % FullNames.Length],
        FatherName: "حسن",
        NationalCode: NationalCodeFor(index),
        BirthDateJalali: "1370/05/12",
        Mobile: string.Create(System.Globalization.CultureInfo.InvariantCulture, $"091212345{index:00}"),
        ShareSubscribed: Share,
        AmountPaid: Paid,
        InKindValue: null,
        InKindDescription: null);

    public static IReadOnlyList<MemberDetails> ValidMembers(int count = 7) =>
        Enumerable.Range(0, count).Select(ValidMember).ToList();

    public static FormationApplication Draft(string? applicantNationalCode = null) =>
        FormationApplication.Start(ApplicantUserId, applicantNationalCode ?? ApplicantNationalCode, Now);

    /// <summary>
    /// A complete application: details, two names, the members (7 valid ones unless given), the first three as founders,
    /// the two always-required documents, declaration accepted.
    /// </summary>
    public static FormationApplication Complete(IReadOnlyList<MemberDetails>? members = null, string? applicantNationalCode = null)
    {
        var application = Draft(applicantNationalCode);
        application.UpdateDetails(ValidDetails(), Now);
        application.SetProposedNames(["مهر آفرین", "آفتاب زنجان"], Now);
        var added = (members ?? ValidMembers()).Select(m => application.AddMember(m, Now)).ToList();
        application.SetFounders(added.Take(3).Select(m => m.Id).ToList(), Now);
        application.AttachDocument(DocumentKind.FoundersIdCards, "ids.pdf", "application/pdf", 1024, "aa", "key-ids", Now);
        application.AttachDocument(DocumentKind.ProposalPlan, "plan.pdf", "application/pdf", 2048, "bb", "key-plan", Now.AddSeconds(1));
        application.SetDeclaration(true, Now);
        return application;
    }

    public static IReadOnlyList<Problem> Problems(FormationApplication application, ValidationContext? context = null) =>
        FormationValidator.Validate(application, context ?? Context());

    public static void Attach(FormationApplication application, DocumentKind kind) =>
        application.AttachDocument(kind, kind + ".pdf", "application/pdf", 1024, "cc", "key-" + kind, Now.AddSeconds(2));

    public static FormationApplication Submitted()
    {
        var application = Complete();
        application.Submit(Context(), TrackingCodeValue, Now.AddMinutes(1));
        return application;
    }

    public static FormationApplication UnderReview()
    {
        var application = Submitted();
        application.Claim(ReviewerUserId, Now.AddMinutes(2));
        return application;
    }

    /// <summary>Sent back once by the reviewer, one comment on each of the given sections.</summary>
    public static FormationApplication Returned(params ApplicationSection[] sections)
    {
        var application = UnderReview();
        application.SendBack(ReviewerUserId, Comments(sections), Now.AddMinutes(3));
        return application;
    }

    public static FormationApplication Resubmitted()
    {
        var application = Returned(ApplicationSection.Names);
        application.SetDeclaration(true, Now.AddMinutes(4));
        application.Resubmit(Context(), Now.AddMinutes(5));
        return application;
    }

    public static List<(ApplicationSection Section, string? Field, string Comment)> Comments(params ApplicationSection[] sections) =>
        sections.Select(s => (s, (string?)null, "این بخش را اصلاح کنید: " + ApplicationSectionText.Title(s))).ToList();

    /// <summary>True when the text has at least one letter of the Arabic-script block (Persian letters live there).</summary>
    public static bool HasPersianLetter(string? text) =>
        text is not null && text.Any(c => c is >= '\u0600' and <= '\u06FF' && char.IsLetter(c));
}
