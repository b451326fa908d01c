using CoopPortal.Application.Common.Documents;
using CoopPortal.Application.Common.Formatting;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Staff;
using CoopPortal.Application.Formation.Summary;
using CoopPortal.Application.Registry.Common;
using CoopPortal.Application.Review.Decide;
using CoopPortal.Application.Supervision.Common;
using CoopPortal.Domain.Registry;
using CoopPortal.Domain.Supervision;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoopPortal.Application.Supervision.Documents;

/// <summary>
/// The declaration's receipt and report as PDF (same engine as certificates) or HTML (the portal's preview): for the
/// cooperative's managers and the office staff of its province, once the declaration is sent; not found otherwise.
/// </summary>
public sealed class DeclarationDocumentsHandler(
    IAppDbContextFactory dbFactory, ICurrentUserService currentUser, DocumentPrinter printer, IStaffDirectory staff,
    IOptionsMonitor<SupervisionOptions> supervision, TimeProvider clock)
{
    private const string Missing = "—";

    public async Task<Result<byte[]>> PdfAsync(Guid declarationId, DeclarationDocumentKind kind, CancellationToken cancellationToken) =>
        await printer.PdfResultAsync(await BuildAsync(declarationId, kind, cancellationToken), cancellationToken);

    public async Task<Result<string>> HtmlAsync(Guid declarationId, DeclarationDocumentKind kind, CancellationToken cancellationToken) =>
        await printer.HtmlResultAsync(await BuildAsync(declarationId, kind, cancellationToken), cancellationToken);

    public async Task<DeclarationDocument?> BuildAsync(Guid declarationId, DeclarationDocumentKind kind, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var loaded = await RegistryAccess.LoadDeclarationAsync(db, declarationId, user, cancellationToken);
        if (loaded is not var (declaration, cooperative) || declaration.Status == DeclarationStatus.Draft)
        {
            return null;
        }

        var c = declaration.Content;
        var province = await db.Provinces.Where(p => p.Id == cooperative.ProvinceId).Select(p => p.Name).SingleAsync(cancellationToken);
        var submittedBy = declaration.SubmittedByUserId is { } id ? await staff.FullNameAsync(id, cancellationToken) : null;
        var sections = new List<SummarySection>
        {
            new("اعضا، کارکنان و سرمایه",
            [
                new("شمار کل اعضا", Count(c.MembersTotal)),
                new("اعضای زن", Count(c.MembersWomen)),
                new("اعضای مرد", Count(c.MembersMen)),
                new("شمار کارکنان", Count(c.Employees)),
                new("سرمایه", Rials(c.Capital)),
            ]),
            new("صورت‌های مالی",
            [
                new("جمع دارایی‌ها", Rials(c.TotalAssets)),
                new("جمع بدهی‌ها", Rials(c.TotalLiabilities)),
                new("حقوق صاحبان سهام", Rials(c.Equity)),
                new("درآمد (فروش)", Rials(c.Revenue)),
                new("سود (زیان) خالص", Rials(c.NetProfitOrLoss)),
                new("سود (زیان) خالص سال قبل", Rials(declaration.PreviousYearNetProfitOrLoss)),
                new("سود تقسیم‌شده", Rials(c.Dividends)),
            ]),
            new("مجامع عمومی",
            [
                new("مجمع عمومی عادی سالانه", c.OrdinaryAssemblyHeldOn is { } held ? PersianFormat.Date(held) : "برگزار نشده"),
                .. c.ExtraordinaryAssemblies.Select((a, i) => new SummaryField($"مجمع فوق‌العاده {PersianFormat.Number(i + 1)}", $"{(a.HeldOn is { } d ? PersianFormat.Date(d) : Missing)}؛ {a.Subject}")),
            ]),
            new("تکالیف قانونی، آموزش و صادرات",
            [
                new("اظهارنامه مالیاتی تسلیم شده", YesNo(c.TaxReturnFiled)),
                new("حق بیمه پرداخت شده", YesNo(c.InsurancePaid)),
                new("دفاتر قانونی نگهداری می‌شود", YesNo(c.BooksKept)),
                new("مجوزهای فعالیت معتبر است", YesNo(c.LicencesValid)),
                new("ساعت آموزش", Count(c.TrainingHours)),
                new("ارزش صادرات", Rials(c.ExportsValue)),
                new("گزارش بازرسان", declaration.HasInspectorsReport ? "پیوست شده" : "پیوست نشده"),
            ]),
        };
        var risk = declaration.RiskTotal ?? 0;
        var timeline = new List<SummaryEvent>();
        foreach (var e in declaration.Events)
        {
            timeline.Add(new SummaryEvent(e.AtUtc, DeclarationText.ActionTitle(e.Action), e.Comment, IsInternal: false));
        }

        return new DeclarationDocument(
            kind, cooperative.Name, cooperative.RegistrationNumber, province, declaration.FiscalYear, DeclarationText.Title(declaration.Status),
            declaration.ReceiptNumber, declaration.SubmittedAtUtc, submittedBy, RiskRules.DueDate(declaration.FiscalYear, supervision.CurrentValue.ToRiskSettings()),
            clock.GetUtcNow().UtcDateTime, sections,
            c.Officers.Select(o => new DeclarationOfficerLine(OfficerRoleText.Title(o.Role), o.FullName, o.NationalCode, o.TermEndsOn)).ToList(),
            risk, RiskAssessment.BandTitle(declaration.RiskBand ?? RiskBand.Low),
            declaration.RiskFindings.Select(f => new DeclarationRiskLine(f.RuleId, f.Explanation, f.Points, f.Evidence)).ToList(),
            timeline);
    }

    private static string Count(long? value) => value is { } v ? PersianFormat.Number(v) : Missing;

    private static string Rials(long? value) => value is { } v ? $"{PersianFormat.Number(v)} ریال" : Missing;

    private static string YesNo(bool? value) => value switch
    {
        true => "بله",
        false => "خیر",
        null => Missing,
    };
}
