namespace CoopPortal.Domain.Supervision;

/// <summary>
/// What the risk rules read from one annual self-declaration (خوداظهاری نظارتی). Amounts in rials; null means "not
/// declared". Terms are the end dates of the board members' and inspectors' current terms.
/// </summary>
public sealed record DeclarationFacts(
    int FiscalYear,
    DateOnly? SubmittedOn,
    int? MembersTotal,
    DateOnly? OrdinaryAssemblyHeldOn,
    IReadOnlyList<DateOnly> BoardTermsEndOn,
    IReadOnlyList<DateOnly> InspectorTermsEndOn,
    bool InspectorsReportUploaded,
    long? TotalAssets,
    long? TotalLiabilities,
    long? Equity,
    long? NetProfitOrLoss,
    long? PreviousYearNetProfitOrLoss);
