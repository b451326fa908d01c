using CoopPortal.Application.Common.Documents;
using CoopPortal.Application.Common.Formatting;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Formation.Common;
using CoopPortal.Application.ReferenceData;
using CoopPortal.Domain.Formation;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Formation.Summary;

/// <summary>
/// The application summary PDF (and the same document as HTML for the portal's preview), at any stage, for the
/// applicant and the staff of the application's province; not found for anyone else. The applicant sees the public
/// history; staff see all of it. Printed fresh each time: it shows the application as it is now.
/// </summary>
public sealed class ApplicationSummaryHandler(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, DocumentPrinter printer, TimeProvider clock)
{
    private const string Missing = "—";

    public async Task<Result<byte[]>> PdfAsync(Guid applicationId, CancellationToken cancellationToken) =>
        await printer.PdfResultAsync(await BuildAsync(applicationId, cancellationToken), cancellationToken);

    public async Task<Result<string>> HtmlAsync(Guid applicationId, CancellationToken cancellationToken) =>
        await printer.HtmlResultAsync(await BuildAsync(applicationId, cancellationToken), cancellationToken);

    public async Task<ApplicationSummaryDocument?> BuildAsync(Guid applicationId, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var application = await ApplicationAccess.LoadVisibleAsync(db, applicationId, user, cancellationToken);
        if (application is null)
        {
            return null;
        }

        var details = application.Details;
        var reference = await DetailNames.ForAsync(db, details, cancellationToken);
        var documentTypes = await FormationContext.DocumentTypesAsync(db, cancellationToken);
        var certificate = await db.FormationCertificates.Where(c => c.ApplicationId == applicationId).Select(c => c.Number).SingleOrDefaultAsync(cancellationToken);
        var isOwner = application.ApplicantUserId == user.UserId;
        var capital = application.Capital;

        var sections = new List<SummarySection>
        {
            new("مشخصات تعاونی",
            [
                new("نوع فعالیت", Or(reference.ActivityType)),
                new("گرایش", Or(reference.Orientation)),
                new("نوع عضویت", Or(reference.MembershipType)),
                new("موضوع فعالیت", Or(details.ActivityDescription)),
            ]),
            new("نشانی",
            [
                new("استان", Or(reference.Province)),
                new("شهرستان", Or(reference.County)),
                new("نشانی", Or(details.Address)),
                new("کد پستی", Or(PersianFormat.Digits(details.PostalCode))),
                new("تلفن", Or(PersianFormat.Digits(details.Phone))),
            ]),
            new("نام‌های پیشنهادی", application.ProposedNames.Select(n => new SummaryField($"اولویت {PersianFormat.Number(n.Rank)}", n.Name)).ToList()),
            new("سرمایه",
            [
                new("سرمایه تعهدشده", Rials(capital.Total)),
                new("پرداخت‌شده نقدی", Rials(capital.Cash)),
                new("غیرنقدی (به ارزش کارشناسی)", Rials(capital.InKind)),
                new("شمار اعضا", PersianFormat.Number(application.Members.Count)),
            ]),
        };

        return new ApplicationSummaryDocument(
            application.TrackingCode ?? "پیش‌نویس",
            ApplicationStatusText.Title(application.Status),
            application.SubmittedAtUtc,
            clock.GetUtcNow().UtcDateTime,
            sections,
            application.Members.Select(m => new SummaryMember(m.Position, m.FullName, m.NationalCode, m.Mobile, m.ShareSubscribed, m.AmountPaid, m.InKindValue, m.IsFounder)).ToList(),
            application.Documents.Select(d => new SummaryFile(documentTypes.Title(d.Kind), d.FileName, d.Size, d.UploadedAtUtc)).ToList(),
            application.Events.Where(e => !isOwner || e.IsPublic).Select(e => new SummaryEvent(e.AtUtc, ApplicationStatusText.ActionTitle(e.Action), e.Comment, !e.IsPublic)).ToList(),
            certificate);
    }

    private static string Or(string? value) => string.IsNullOrWhiteSpace(value) ? Missing : value;

    private static string Rials(long value) => $"{PersianFormat.Number(value)} ریال";
}
