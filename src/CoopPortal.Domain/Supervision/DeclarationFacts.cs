namespace CoopPortal.Domain.Supervision;

/// <summary>
/// What the risk rules read from one annual self-declaration (خوداظهاری نظارتی). Amounts in rials; null means "not
/// declared". Terms are the end dates of the board members' and inspectors' current terms, as declared.
/// <paramref name="Registry"/> is what the registry records (the year's confirmed ordinary assembly, the officers' terms):
/// risk rules R01–R03 read it first and the declared values only where it has nothing.
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
    long? PreviousYearNetProfitOrLoss,
    RegistryFacts? Registry = null)
{
    /// <summary>What the registry records, or <see cref="RegistryFacts.None"/>.</summary>
    public RegistryFacts Recorded => Registry ?? RegistryFacts.None;
}
