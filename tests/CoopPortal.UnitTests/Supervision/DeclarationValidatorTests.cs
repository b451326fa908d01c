using CoopPortal.Domain.Common;
using CoopPortal.Domain.Registry;
using CoopPortal.Domain.Supervision;
using CoopPortal.Domain.ValueObjects;
using CoopPortal.UnitTests.Formation;

namespace CoopPortal.UnitTests.Supervision;

/// <summary>The words and the order of what the validator asks for: the manager reads them above the submit button.</summary>
public sealed class DeclarationValidatorTests
{
    private static readonly DateTime Now = TestApplications.Now;
    private static readonly DateOnly Today = JalaliDate.Parse("1405/03/10")!.Value;

    private static List<string> Problems(DeclarationContent content) =>
        DeclarationValidator.Validate(SelfDeclaration.Start(Guid.NewGuid(), 14, null, 1404, content, null, "manager-1", Now), Today)
            .Select(p => $"{p.Field}: {p.Message}")
            .ToList();

    [Fact]
    public void An_empty_declaration_asks_for_every_field_in_section_order()
    {
        var content = DeclarationContent.Empty with
        {
            ExtraordinaryAssemblies = [new ExtraordinaryAssembly(null, " ")],
            Officers = [new OfficerEntry(OfficerRole.BoardMember, "", "12")],
        };
        var board = "عضو اصلی هیئت مدیره (ردیف ۱)";

        Assert.Equal(
            [
                "MembersTotal: شمار کل اعضا را وارد کنید.",
                "MembersWomen: شمار اعضای زن را وارد کنید.",
                "MembersMen: شمار اعضای مرد را وارد کنید.",
                "Employees: شمار کارکنان را وارد کنید.",
                "Capital: سرمایه را وارد کنید.",
                "TotalAssets: جمع دارایی‌ها را وارد کنید.",
                "TotalLiabilities: جمع بدهی‌ها را وارد کنید.",
                "Equity: حقوق صاحبان سهام را وارد کنید (اگر منفی است، با علامت منفی).",
                "Revenue: درآمد (فروش) را وارد کنید.",
                "NetProfitOrLoss: سود یا زیان خالص را وارد کنید (زیان با علامت منفی).",
                "Dividends: سود تقسیم‌شده را وارد کنید.",
                "ExtraordinaryAssemblies[0].HeldOn: تاریخ مجمع فوق‌العاده ردیف ۱ را درست وارد کنید.",
                "ExtraordinaryAssemblies[0].Subject: موضوع مجمع فوق‌العاده ردیف ۱ را بنویسید.",
                "Officers: بازرس یا بازرسان را وارد کنید.",
                $"Officers[0].FullName: نام {board} را وارد کنید.",
                $"Officers[0].NationalCode: کد ملی {board}: {NationalCode.Parse("12").Error}",
                $"Officers[0].TermEndsOn: تاریخ پایان دوره {board} را وارد کنید.",
                "Compliance: به همه پرسش‌های تکالیف قانونی (اظهارنامه مالیاتی، بیمه، دفاتر، مجوزها) پاسخ دهید.",
                "TrainingHours: ساعت آموزش سال را وارد کنید (اگر آموزشی نبوده، صفر).",
                "ExportsValue: ارزش صادرات سال را به ریال وارد کنید (اگر صادراتی نبوده، صفر).",
                "Section.Members: بخش «اعضا، کارکنان و سرمایه» را بررسی و تأیید کنید.",
                "Section.Finances: بخش «صورت‌های مالی» را بررسی و تأیید کنید.",
                "Section.Assemblies: بخش «مجامع عمومی» را بررسی و تأیید کنید.",
                "Section.Officers: بخش «هیئت مدیره و بازرسان» را بررسی و تأیید کنید.",
                "Section.InspectorsReport: بخش «گزارش بازرسان» را بررسی و تأیید کنید.",
                "Section.Compliance: بخش «تکالیف قانونی» را بررسی و تأیید کنید.",
                "Section.Activity: بخش «آموزش و صادرات» را بررسی و تأیید کنید.",
            ],
            Problems(content));
    }

    [Fact]
    public void Negative_figures_a_wrong_sum_a_misplaced_assembly_and_a_missing_board_are_named()
    {
        var content = new DeclarationContent
        {
            MembersTotal = 20,
            MembersWomen = 11,
            MembersMen = 10,
            Employees = -1,
            Capital = -5,
            TotalAssets = 1,
            TotalLiabilities = 1,
            Equity = -3,
            Revenue = 1,
            NetProfitOrLoss = -4,
            Dividends = -1,
            OrdinaryAssemblyHeldOn = JalaliDate.Parse("1403/12/01"),
            Officers = [new OfficerEntry(OfficerRole.Inspector, "زهرا موسوی", TestApplications.NationalCodeFor(3), null, JalaliDate.Parse("1406/02/20"))],
            TaxReturnFiled = true,
            InsurancePaid = false,
            BooksKept = true,
            LicencesValid = null,
            TrainingHours = -1,
            ExportsValue = -1,
        };

        Assert.Equal(
            [
                "Employees: شمار کارکنان نمی‌تواند منفی باشد.",
                "Capital: سرمایه نمی‌تواند منفی باشد.",
                "MembersTotal: جمع اعضای زن و مرد (۲۱) با شمار کل اعضا (۲۰) برابر نیست.",
                "Dividends: سود تقسیم‌شده نمی‌تواند منفی باشد.",
                "OrdinaryAssemblyHeldOn: تاریخ مجمع عمومی عادی باید میان آغاز سال مالی و امروز باشد؛ اگر برگزار نشده، خالی بگذارید.",
                "Officers: اعضای اصلی هیئت مدیره را وارد کنید.",
                "Compliance: به همه پرسش‌های تکالیف قانونی (اظهارنامه مالیاتی، بیمه، دفاتر، مجوزها) پاسخ دهید.",
                "TrainingHours: ساعت آموزش سال را وارد کنید (اگر آموزشی نبوده، صفر).",
                "ExportsValue: ارزش صادرات سال را به ریال وارد کنید (اگر صادراتی نبوده، صفر).",
            ],
            Problems(content).Where(p => !p.StartsWith("Section.", StringComparison.Ordinal) && !p.StartsWith("TruthDeclared", StringComparison.Ordinal)));
    }
}
