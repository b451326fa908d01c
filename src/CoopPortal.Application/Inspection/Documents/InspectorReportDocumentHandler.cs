using CoopPortal.Application.Common.Documents;
using CoopPortal.Application.Common.Formatting;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Inspection.Common;
using CoopPortal.Domain.Inspection;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Inspection.Documents;

/// <summary>
/// A sent inspector's report as PDF (the same engine as every printed document): for its author, the cooperative's
/// managers and the office staff of its province; not found otherwise, and not found while it is a draft.
/// </summary>
public sealed class InspectorReportDocumentHandler(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, DocumentPrinter printer, TimeProvider clock)
{
    public async Task<Result<byte[]>> PdfAsync(Guid reportId, CancellationToken cancellationToken) =>
        await printer.PdfResultAsync(await BuildAsync(reportId, cancellationToken), cancellationToken);

    public async Task<InspectorReportDocument?> BuildAsync(Guid reportId, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        if (await InspectionAccess.LoadAsync(db, reportId, user, cancellationToken) is not var (report, cooperative)
            || report.Status != InspectorReportStatus.Submitted)
        {
            return null;
        }

        var province = await db.Provinces.Where(p => p.Id == cooperative.ProvinceId).Select(p => p.Name).SingleAsync(cancellationToken);
        var c = report.Content;
        return new InspectorReportDocument(
            cooperative.Name, cooperative.RegistrationNumber, province, report.FiscalYear, report.InspectorName, report.SubmittedAtUtc!.Value,
            clock.GetUtcNow().UtcDateTime, Sections(c), c.Findings.Where(f => f.Length > 0).ToList(),
            c.Opinion is { } opinion ? InspectorReportText.Title(opinion) : "—", c.OpinionBasis);
    }

    /// <summary>The sections before the findings, as label–value lines (also what the read-only page lists).</summary>
    public static IReadOnlyList<SummarySection> Sections(InspectorReportContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return
        [
            new(InspectorReportText.Title(InspectorReportSection.Books),
            [
                new("دفاتر قانونی نگهداری می‌شود", YesNo(content.BooksKept)),
                new("توضیح", content.BooksRemarks ?? "—"),
            ]),
            new(InspectorReportText.Title(InspectorReportSection.Statements),
            [
                .. InspectorReportRules.Figures.Select(f => new SummaryField(f.Label, Rials(InspectorReportRules.Figure(content, f.Key)))),
                new("توضیح", content.StatementsRemarks ?? "—"),
            ]),
            new(InspectorReportText.Title(InspectorReportSection.Bylaws),
            [
                new("اساسنامه رعایت شده است", YesNo(content.BylawsComplied)),
                new("توضیح", content.BylawsRemarks ?? "—"),
            ]),
            new(InspectorReportText.Title(InspectorReportSection.Resolutions),
            [
                new("مصوبات مجمع اجرا شده است", YesNo(content.ResolutionsCarriedOut)),
                new("توضیح", content.ResolutionsRemarks ?? "—"),
            ]),
        ];
    }

    private static string YesNo(bool? answer) => answer switch
    {
        true => "بله",
        false => "خیر",
        null => "پاسخ داده نشده",
    };

    private static string Rials(long? amount) => amount is { } value
        ? (value < 0 ? "منفی " + PersianFormat.Number(-value) + " ریال" : PersianFormat.Number(value) + " ریال")
        : "—";
}
