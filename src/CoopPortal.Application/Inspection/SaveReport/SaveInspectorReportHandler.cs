using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Time;
using CoopPortal.Application.Inspection.Common;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Inspection;

namespace CoopPortal.Application.Inspection.SaveReport;

/// <summary>
/// Saves the report as typed: nothing typed is lost; an amount that cannot be read is refused with a Persian message for
/// its field (the stored one is kept) and the rest is saved. Only its author, while still an inspector of the
/// cooperative, only while it is a draft (a sent report is refused: it cannot be changed).
/// </summary>
public sealed class SaveInspectorReportHandler(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, PortalClock clock)
{
    public const string BadAmount = "مبلغ را به ریال و فقط با رقم بنویسید، مانند ۱٬۲۵۰٬۰۰۰ (زیان را با منفی: -۳۰۰٬۰۰۰).";

    public async Task<Result> HandleAsync(Guid reportId, InspectorReportForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        if (await InspectionAccess.LoadOwnAsync(db, reportId, user, clock.Today, cancellationToken) is not var (report, _))
        {
            return Result.NotFound();
        }

        var errors = new Dictionary<string, string[]>();
        long? Amount(string key, string? typed, long? stored)
        {
            if (string.IsNullOrWhiteSpace(typed))
            {
                return null;
            }

            if (ParseSigned(typed) is { } value)
            {
                return value;
            }

            errors[key] = [BadAmount];
            return stored;
        }

        var stored = report.Content;
        var content = new InspectorReportContent(
            form.BooksKept, form.BooksRemarks,
            Amount(nameof(stored.TotalAssets), form.TotalAssets, stored.TotalAssets),
            Amount(nameof(stored.TotalLiabilities), form.TotalLiabilities, stored.TotalLiabilities),
            Amount(nameof(stored.Equity), form.Equity, stored.Equity),
            Amount(nameof(stored.NetProfitOrLoss), form.NetProfitOrLoss, stored.NetProfitOrLoss),
            form.StatementsRemarks, form.BylawsComplied, form.BylawsRemarks, form.ResolutionsCarriedOut, form.ResolutionsRemarks,
            form.Findings ?? [], form.Opinion, form.OpinionBasis);
        var saved = await SaveResults.SaveAsync(async () =>
        {
            report.Edit(content, clock.UtcNow);
            await db.SaveChangesAsync(cancellationToken);
        });
        return saved.Succeeded && errors.Count > 0 ? Result.Invalid(errors) : saved;
    }

    /// <summary>An amount as typed, with a leading minus (ASCII or Persian) for a loss; null when it is not one.</summary>
    public static long? ParseSigned(string? text)
    {
        var trimmed = PersianDigits.ToAscii(text).Trim();
        var negative = trimmed.StartsWith('-') || trimmed.StartsWith('\u2212');
        var value = PersianNumbers.Parse(negative ? trimmed[1..] : trimmed);
        return value is { } v ? (negative ? -v : v) : null;
    }
}
