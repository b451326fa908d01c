namespace CoopPortal.IntegrationTests.Security;

/// <summary>What a caller gets for a URL.</summary>
public enum Outcome
{
    /// <summary>Allowed: the page or the file (200).</summary>
    O,

    /// <summary>Sent to sign in (302 to /Account/Login): an anonymous caller of a page that needs an account.</summary>
    S,

    /// <summary>Not found (404, or the Persian not-found page): not theirs, so they are not told it exists.</summary>
    N,

    /// <summary>Forbidden (302 to /Account/AccessDenied, or 403): their role may not open this kind of page at all.</summary>
    F,

    /// <summary>Sent on to their own page (302 elsewhere in the portal): the office index to the office of their province.</summary>
    R,
}

/// <summary>One route: one cell per <see cref="Caller"/> (in its order), its template as the code maps it, a real URL for it in the seeded world.</summary>
public sealed record RouteRow(string Cells, string Template, Func<AuthorizationWorld, string> Url)
{
    public IReadOnlyList<Outcome> Outcomes { get; } = Cells.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<Outcome>).ToList();

    public Outcome Expected(Caller caller) => Outcomes[(int)caller];
}

/// <summary>
/// THE route matrix (issue 20, point 6): one row per page and file endpoint, one column per caller. Every resource is
/// Zanjan's, of the county of Zanjan (A): its owner (ow) filed the applications, the founding assembly and the
/// candidacy and is a member of cooperative X; mg/in are X's manager and inspector, om/oi those of cooperative Y (the
/// other cooperative); rP/hP a reviewer and a head of the Zanjan provincial office, rA/hA of the county A office, rB/hB
/// of a neighbouring county's office, rT/hT of Tehran's; HQ headquarters; ad the admin; an anonymous.
/// </summary>
public static class RouteTable
{
    public static IReadOnlyList<RouteRow> Rows { get; } =
    [
        //   an ow oa mg om in oi rP rA rB rT hP hA hB hT HQ ad
        // Public pages.
        new("O  O  O  O  O  O  O  O  O  O  O  O  O  O  O  O  O", "/", _ => "/"),
        new("O  O  O  O  O  O  O  O  O  O  O  O  O  O  O  O  O", "/accessibility", _ => "/accessibility"),
        new("O  O  O  O  O  O  O  O  O  O  O  O  O  O  O  O  O", "/contact", _ => "/contact"),
        new("O  O  O  O  O  O  O  O  O  O  O  O  O  O  O  O  O", "/help", _ => "/help"),
        new("O  O  O  O  O  O  O  O  O  O  O  O  O  O  O  O  O", "/privacy", _ => "/privacy"),
        new("O  O  O  O  O  O  O  O  O  O  O  O  O  O  O  O  O", "/Error", _ => "/Error"),
        new("N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N", "/not-found", _ => "/not-found"),
        // Everyone signed in: pages that list their own.
        new("S  O  O  O  O  O  O  O  O  O  O  O  O  O  O  O  O", "/dashboard", _ => "/dashboard"),
        new("S  O  O  O  O  O  O  O  O  O  O  O  O  O  O  O  O", "/notifications", _ => "/notifications"),
        // Formation: the applicant's own application; once sent, the office of its county and of its province.
        new("S  O  O  O  O  O  O  F  F  F  F  F  F  F  F  F  F", "/applications", _ => "/applications"),
        new("S  O  N  N  N  N  N  O  O  N  N  O  O  N  N  N  O", "/applications/{Id:guid}", w => $"/applications/{w.SubmittedApplication}"),
        new("S  O  N  N  N  N  N  F  F  F  F  F  F  F  F  F  F", "/applications/{Id:guid}/cooperative", w => $"/applications/{w.SubmittedApplication}/cooperative"),
        new("S  O  N  N  N  N  N  F  F  F  F  F  F  F  F  F  F", "/applications/{Id:guid}/names", w => $"/applications/{w.SubmittedApplication}/names"),
        new("S  O  N  N  N  N  N  F  F  F  F  F  F  F  F  F  F", "/applications/{Id:guid}/members", w => $"/applications/{w.SubmittedApplication}/members"),
        new("S  O  N  N  N  N  N  F  F  F  F  F  F  F  F  F  F", "/applications/{Id:guid}/founders", w => $"/applications/{w.SubmittedApplication}/founders"),
        new("S  O  N  N  N  N  N  F  F  F  F  F  F  F  F  F  F", "/applications/{Id:guid}/capital", w => $"/applications/{w.SubmittedApplication}/capital"),
        new("S  O  N  N  N  N  N  F  F  F  F  F  F  F  F  F  F", "/applications/{Id:guid}/documents", w => $"/applications/{w.SubmittedApplication}/documents"),
        new("S  O  N  N  N  N  N  F  F  F  F  F  F  F  F  F  F", "/applications/{Id:guid}/declaration", w => $"/applications/{w.SubmittedApplication}/declaration"),
        new("S  O  N  N  N  N  N  F  F  F  F  F  F  F  F  F  F", "/applications/{Id:guid}/check", w => $"/applications/{w.SubmittedApplication}/check"),
        new("S  O  N  N  N  N  N  F  F  F  F  F  F  F  F  F  F", "/applications/{Id:guid}/submitted", w => $"/applications/{w.SubmittedApplication}/submitted"),
        new("S  O  N  N  N  N  N  O  O  N  N  O  O  N  N  N  O", "/applications/{applicationId:guid}/documents/{documentId:guid}", w => $"/applications/{w.SubmittedApplication}/documents/{w.ApplicationDocument}"),
        new("S  O  N  N  N  N  N  O  O  N  N  O  O  N  N  N  O", "/applications/{applicationId:guid}/documents/{documentId:guid}/preview", w => $"/applications/{w.SubmittedApplication}/documents/{w.ApplicationDocument}/preview"),
        new("S  O  N  N  N  N  N  O  O  N  N  O  O  N  N  N  O", "/applications/{applicationId:guid}/summary", w => $"/applications/{w.SubmittedApplication}/summary"),
        new("S  O  N  N  N  N  N  O  O  N  N  O  O  N  N  N  O", "/applications/{applicationId:guid}/summary.pdf", w => $"/applications/{w.SubmittedApplication}/summary.pdf"),
        new("S  O  N  N  N  N  N  O  O  N  N  O  O  N  N  N  O", "/applications/{applicationId:guid}/certificate.pdf", w => $"/applications/{w.ApprovedApplication}/certificate.pdf"),
        new("S  F  F  F  F  F  F  O  O  N  N  O  O  N  N  F  F", "/review/{Id:guid}", w => $"/review/{w.SubmittedApplication}"),
        // Founding assembly (sent): the applicant, the office of its county and of its province.
        new("S  O  N  N  N  N  N  O  O  N  N  O  O  N  N  N  O", "/assemblies/{Id:guid}", w => $"/assemblies/{w.FoundingAssembly}"),
        new("S  O  N  N  N  N  N  O  O  N  N  O  O  N  N  N  O", "/assemblies/{assemblyId:guid}/files/{fileId:guid}", w => $"/assemblies/{w.FoundingAssembly}/files/{w.FoundingAssemblyFile}"),
        new("S  F  F  F  F  F  F  O  O  O  O  O  O  O  O  F  O", "/office/assemblies", _ => "/office/assemblies"),
        new("S  F  F  F  F  F  F  O  O  N  N  O  O  N  N  F  O", "/office/assemblies/{Id:guid}", w => $"/office/assemblies/{w.FoundingAssembly}"),
        // Registry and self-declarations: the cooperative's managers and the office; headquarters reads the registry.
        new("S  O  O  O  O  O  O  O  O  O  O  O  O  O  O  O  O", "/cooperatives", _ => "/cooperatives"),
        new("S  N  N  O  N  N  N  O  O  N  N  O  O  N  N  O  O", "/cooperatives/{Id:guid}", w => $"/cooperatives/{w.CooperativeX}"),
        new("S  N  N  O  N  N  N  O  O  N  N  O  O  N  N  N  O", "/declarations/{Id:guid}", w => $"/declarations/{w.Declaration}"),
        new("S  N  N  O  N  N  N  O  O  N  N  O  O  N  N  N  O", "/declarations/{Id:guid}/check", w => $"/declarations/{w.Declaration}/check"),
        new("S  N  N  O  N  N  N  O  O  N  N  O  O  N  N  N  O", "/declarations/{Id:guid}/sections/{Segment}", w => $"/declarations/{w.Declaration}/sections/members"),
        new("S  N  N  O  N  N  N  O  O  N  N  O  O  N  N  N  O", "/declarations/{declarationId:guid}/receipt.pdf", w => $"/declarations/{w.Declaration}/receipt.pdf"),
        new("S  N  N  O  N  N  N  O  O  N  N  O  O  N  N  N  O", "/declarations/{declarationId:guid}/report.pdf", w => $"/declarations/{w.Declaration}/report.pdf"),
        new("S  N  N  O  N  N  N  O  O  N  N  O  O  N  N  N  O", "/declarations/{declarationId:guid}/report", w => $"/declarations/{w.Declaration}/report"),
        new("S  N  N  O  N  N  N  O  O  N  N  O  O  N  N  N  O", "/declarations/{declarationId:guid}/files/{fileId:guid}", w => $"/declarations/{w.Declaration}/files/{w.DeclarationFile}"),
        // Office pages: provincial and county staff (lists hold their county's or province's rows).
        new("S  F  F  F  F  F  F  R  R  R  R  R  R  R  R  F  O", "/office", _ => "/office"),
        new("S  F  F  F  F  F  F  O  O  O  N  O  O  O  N  F  O", "/office/{ProvinceId:int}", _ => "/office/14"),
        new("S  F  F  F  F  F  F  O  O  O  O  O  O  O  O  F  O", "/office/declarations", _ => "/office/declarations"),
        new("S  F  F  F  F  F  F  O  O  N  N  O  O  N  N  F  O", "/office/declarations/{Id:guid}", w => $"/office/declarations/{w.Declaration}"),
        new("S  F  F  F  F  F  F  O  O  O  O  O  O  O  O  O  O", "/office/compliance", _ => "/office/compliance"),
        new("S  F  F  F  F  F  F  O  O  O  O  O  O  O  O  F  F", "/office/manager-links", _ => "/office/manager-links"),
        new("S  F  F  F  F  F  F  F  F  F  F  O  O  O  O  O  O", "/statistics", _ => "/statistics"), // a county head: their county's figures
        new("S  F  F  F  F  F  F  F  F  F  F  O  O  O  O  O  O", "/statistics/export/{format}", _ => "/statistics/export/csv"),
        // Inspector's report (sent): its author, the cooperative's managers, the office of its county and of its province.
        new("S  O  O  O  O  O  O  O  O  O  O  O  O  O  O  O  O", "/inspections", _ => "/inspections"),
        new("S  N  N  O  N  O  N  O  O  N  N  O  O  N  N  O  O", "/inspector-reports/{Id:guid}", w => $"/inspector-reports/{w.InspectorReport}"),
        new("S  N  N  O  N  O  N  O  O  N  N  O  O  N  N  O  O", "/inspector-reports/{reportId:guid}/report.pdf", w => $"/inspector-reports/{w.InspectorReport}/report.pdf"),
        // Membership: the member only.
        new("S  O  O  O  O  O  O  O  O  O  O  O  O  O  O  O  O", "/memberships", _ => "/memberships"),
        new("S  O  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N", "/memberships/{membershipId:guid}/certificate.pdf", w => $"/memberships/{w.Membership}/certificate.pdf"),
        // General assembly (announced) and candidacies: its managers, the candidate (their own), the office.
        new("S  N  N  O  N  N  N  O  O  N  N  O  O  N  N  N  O", "/general-assemblies/{Id:guid}", w => $"/general-assemblies/{w.GeneralAssemblyId}"),
        new("S  N  N  O  N  N  N  O  O  N  N  O  O  N  N  N  O", "/general-assemblies/{Id:guid}/notice", w => $"/general-assemblies/{w.GeneralAssemblyId}/notice"),
        new("S  N  N  O  N  N  N  O  O  N  N  O  O  N  N  N  O", "/general-assemblies/{Id:guid}/minutes", w => $"/general-assemblies/{w.GeneralAssemblyId}/minutes"),
        new("S  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N", "/general-assemblies/{assemblyId:guid}/files/{fileId:guid}", w => $"/general-assemblies/{w.GeneralAssemblyId}/files/{w.CandidacyFile}"), // no minutes filed: a file of another case under this assembly is nobody's
        new("S  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N", "/general-assemblies/{assemblyId:guid}/change-notice.pdf", w => $"/general-assemblies/{w.GeneralAssemblyId}/change-notice.pdf"), // no change notice issued for this assembly: nobody gets one
        new("S  O  O  O  O  O  O  O  O  O  O  O  O  O  O  O  O", "/general-assemblies/{AssemblyId:guid}/stand", w => $"/general-assemblies/{w.GeneralAssemblyId}/stand"),
        new("S  F  F  F  F  F  F  O  O  O  O  O  O  O  O  F  O", "/office/general-assemblies", _ => "/office/general-assemblies"),
        new("S  F  F  F  F  F  F  O  O  N  N  O  O  N  N  F  O", "/office/general-assemblies/{Id:guid}", w => $"/office/general-assemblies/{w.GeneralAssemblyId}"),
        new("S  O  O  O  O  O  O  O  O  O  O  O  O  O  O  O  O", "/candidacies", _ => "/candidacies"),
        new("S  O  N  O  N  N  N  O  O  N  N  O  O  N  N  N  O", "/candidacies/{Id:guid}", w => $"/candidacies/{w.Candidacy}"),
        new("S  O  N  O  N  N  N  O  O  N  N  O  O  N  N  N  O", "/candidacies/{candidacyId:guid}/files/{fileId:guid}", w => $"/candidacies/{w.Candidacy}/files/{w.CandidacyFile}"),
        new("S  F  F  F  F  F  F  O  O  N  N  O  O  N  N  F  O", "/office/candidacies/{Id:guid}", w => $"/office/candidacies/{w.Candidacy}"),
        // Dormancy case (of a cooperative the other manager manages): its managers, the office of its county and of its province.
        new("S  N  N  N  O  N  N  O  O  N  N  O  O  N  N  O  O", "/dormancy/{Id:guid}", w => $"/dormancy/{w.DormancyCaseId}"),
        new("S  N  N  N  O  N  N  O  O  N  N  O  O  N  N  O  O", "/dormancy/{caseId:guid}/notice.pdf", w => $"/dormancy/{w.DormancyCaseId}/notice.pdf"),
        new("S  F  F  F  F  F  F  O  O  O  O  O  O  O  O  O  O", "/office/dormancy", _ => "/office/dormancy"),
        // Festival of Zanjan (X a winner): the province's offices; the certificate for X's managers; the winners in public.
        new("S  F  F  F  F  F  F  O  O  O  O  O  O  O  O  O  O", "/office/festival", _ => "/office/festival"),
        new("S  F  F  F  F  F  F  O  O  O  N  O  O  O  N  O  O", "/office/festival/{Id:guid}", w => $"/office/festival/{w.FestivalId}"),
        new("S  N  N  O  N  N  N  O  O  N  N  O  O  N  N  O  O", "/festival/certificates/{certificateId:guid}.pdf", w => $"/festival/certificates/{w.AppreciationCertificateId}.pdf"),
        new("O  O  O  O  O  O  O  O  O  O  O  O  O  O  O  O  O", "/festival/winners", _ => "/festival/winners"),
        // Liquidation (of a dissolved cooperative of the county): its liquidator (the other applicant), the office of its county and of its province.
        new("S  O  O  O  O  O  O  O  O  O  O  O  O  O  O  O  O", "/liquidations", _ => "/liquidations"),
        new("S  N  O  N  N  N  N  O  O  N  N  O  O  N  N  O  O", "/liquidations/{Id:guid}", w => $"/liquidations/{w.LiquidationId}"),
        new("S  N  O  N  N  N  N  O  O  N  N  O  O  N  N  O  O", "/liquidations/{liquidationId:guid}/files/{fileId:guid}", w => $"/liquidations/{w.LiquidationId}/files/{w.LiquidationFile}"),
        new("S  F  F  F  F  F  F  O  O  O  O  O  O  O  O  O  O", "/office/liquidations", _ => "/office/liquidations"),
        new("S  F  F  F  F  F  F  O  O  N  N  O  O  N  N  O  O", "/office/liquidations/{Id:guid}", w => $"/office/liquidations/{w.LiquidationId}"),
        // Public check of a printed document.
        new("N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N", "/verify/{code}", _ => "/verify/ABCD-EFGH"), // an unknown code (public page): not found for everyone
        // Administration: the admin only.
        new("S  F  F  F  F  F  F  F  F  F  F  F  F  F  F  F  O", "/admin/users", _ => "/admin/users"),
        new("S  F  F  F  F  F  F  F  F  F  F  F  F  F  F  F  O", "/admin/users/{Id}", w => $"/admin/users/{w.OwnerUserId}"),
        new("S  F  F  F  F  F  F  F  F  F  F  F  F  F  F  F  O", "/admin/rules", _ => "/admin/rules"),
        new("S  F  F  F  F  F  F  F  F  F  F  F  F  F  F  F  O", "/admin/reference-data", _ => "/admin/reference-data"),
        new("S  F  F  F  F  F  F  F  F  F  F  F  F  F  F  F  O", "/admin/cooperatives/import", _ => "/admin/cooperatives/import"),
        new("S  F  F  F  F  F  F  F  F  F  F  F  F  F  F  F  O", "/admin/cooperatives/import/sample.csv", _ => "/admin/cooperatives/import/sample.csv"),
        new("S  F  F  F  F  F  F  F  F  F  F  F  F  F  F  F  O", "/admin/cooperatives/import/members-sample.csv", _ => "/admin/cooperatives/import/members-sample.csv"),
    ];
}
