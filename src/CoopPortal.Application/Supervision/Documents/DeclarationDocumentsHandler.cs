using CoopPortal.Application.Common.Documents;
using CoopPortal.Application.Common.Formatting;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Staff;
using CoopPortal.Application.Formation.Summary;
using CoopPortal.Application.Registry.Common;
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
        var previous = declaration.PreviousYearNetProfitOrLoss;
        var assemblies = DeclarationFieldCatalog.Get(nameof(c.ExtraordinaryAssemblies));
        var heldOn = assemblies.Column(nameof(ExtraordinaryAssembly.HeldOn));
        var sections = new List<SummarySection>
        {
            Section(DeclarationSection.Members, c, previous),
            Section(DeclarationSection.Finances, c, previous),
            new(DeclarationSectionText.Title(DeclarationSection.Assemblies),
            [
                .. Lines(DeclarationSection.Assemblies, c, previous),
                .. c.ExtraordinaryAssemblies.Select((a, i) => new SummaryField($"مجمع فوق‌العاده {PersianFormat.Number(i + 1)}", $"{heldOn.Display(a.HeldOn)}؛ {a.Subject}")),
            ]),
            new($"{DeclarationSectionText.Title(DeclarationSection.Compliance)}، {DeclarationSectionText.Title(DeclarationSection.Activity)}",
            [
                .. Lines(DeclarationSection.Compliance, c, previous),
                .. Lines(DeclarationSection.Activity, c, previous),
                new(DeclarationSectionText.Title(DeclarationSection.InspectorsReport), declaration.HasInspectorsReport ? "پیوست شده" : "پیوست نشده"),
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

    /// <summary>A section's fields as the catalog labels and shows them.</summary>
    private static SummarySection Section(DeclarationSection section, DeclarationContent content, long? previousYear) =>
        new(DeclarationSectionText.Title(section), Lines(section, content, previousYear));

    private static List<SummaryField> Lines(DeclarationSection section, DeclarationContent content, long? previousYear) =>
        DeclarationFieldCatalog.Lines(section, content, previousYear).Select(l => new SummaryField(l.Label, l.Value)).ToList();
}
