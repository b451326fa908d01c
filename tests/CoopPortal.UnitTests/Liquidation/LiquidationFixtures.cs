using CoopPortal.Domain.Common;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Liquidation;
using CoopPortal.Testing;

namespace CoopPortal.UnitTests.Liquidation;

/// <summary>A liquidation of one imported cooperative, started on 1405/04/01 for a year, at each step of its table.</summary>
public static class LiquidationFixtures
{
    public const string StarterUserId = "starter-1";
    public const string ReviewerUserId = "reviewer-1";
    public const string HeadUserId = "head-1";
    public const string LiquidatorUserId = "liquidator-1";
    public const string Text = "اموال تعاونی فهرست و ارزیابی شد و بدهی‌ها به بستانکاران اطلاع داده شد.";

    public static readonly DateTime Now = new(2026, 6, 22, 8, 0, 0, DateTimeKind.Utc);
    public static readonly DateOnly StartsOn = J("1405/04/01");
    public static readonly DateOnly EndsOn = J("1406/04/01");
    public static readonly DateOnly Today = J("1405/06/01");

    public static readonly string LiquidatorCode = TestNationalCodes.Next();

    public static DateOnly J(string jalali) => JalaliDate.Parse(jalali)!.Value;

    public static Cooperative NewCooperative() => Cooperative.Import(
        new ImportedCooperative("تعاونی آزمون تصفیه", TestNumbers.RegistrationNumber(), new DateOnly(2020, 1, 1), null, 14, null, null, 10, 100_000_000, TestNationalCodes.Next(), "مدیر آزمون", null),
        Now.AddYears(-5));

    public static Liquidator[] Liquidators(params string[] codes) =>
        (codes.Length == 0 ? [LiquidatorCode] : codes).Select((c, i) => Liquidator.Of($"مدیر تصفیه {i + 1}", c, StartsOn, EndsOn)).ToArray();

    public static LiquidationCase Started(LiquidationRules? rules = null) =>
        LiquidationCase.Start(NewCooperative(), LiquidationSource.OfficeDecision, null, Liquidators(), StartsOn, EndsOn, rules ?? LiquidationRules.Default, StarterUserId, Now);

    public static void Write(LiquidationCase liquidation, bool final)
    {
        liquidation.EditDraft(final ? new LiquidationDraft(Text, 900_000_000, 700_000_000, 200_000_000) : new LiquidationDraft(Text, null, null, null), Now);
        if (liquidation.DraftFiles.Count == 0)
        {
            liquidation.AttachFile("report.pdf", "application/pdf", 100, "aa", "key-report", Now);
        }
    }

    public static void File(LiquidationCase liquidation, LiquidationReportKind kind)
    {
        Write(liquidation, kind == LiquidationReportKind.Final);
        liquidation.FileReport(kind, LiquidatorUserId, LiquidatorCode, LiquidationRules.Default, Today, Now.AddMinutes(1));
    }

    /// <summary>A liquidation in <paramref name="status"/>, reached through the aggregate's own steps.</summary>
    public static LiquidationCase At(LiquidationStatus status)
    {
        var liquidation = Started();
        if (status == LiquidationStatus.Started)
        {
            return liquidation;
        }

        File(liquidation, LiquidationReportKind.Interim);
        if (status == LiquidationStatus.InterimReported)
        {
            return liquidation;
        }

        File(liquidation, LiquidationReportKind.Final);
        switch (status)
        {
            case LiquidationStatus.ReturnedForCorrection:
                liquidation.SendBack(ReviewerUserId, "جمع دارایی‌ها با صورت‌حساب بانک نمی‌خواند.", Now.AddMinutes(2));
                break;
            case LiquidationStatus.Recommended:
                liquidation.Recommend(ReviewerUserId, null, Now.AddMinutes(2));
                break;
            case LiquidationStatus.StruckOff:
                liquidation.Recommend(ReviewerUserId, null, Now.AddMinutes(2));
                liquidation.Confirm(HeadUserId, Now.AddMinutes(3));
                break;
        }

        return liquidation;
    }
}
