using CoopPortal.Domain.Supervision;

namespace CoopPortal.Domain.Festival;

/// <summary>
/// What the festival criteria read of one cooperative for one fiscal year: the year's self-declaration as sent (null
/// values when none was sent or a figure was not given; amounts in rials) and what the registry records
/// (<paramref name="Registry"/>: the year's confirmed ordinary assembly, the inspector's report signed in the portal).
/// <paramref name="DeclaredOn"/> is the day the declaration was first sent (null when none was);
/// <paramref name="PreviousYearRevenue"/> is the sales of last year's sent declaration.
/// </summary>
public sealed record FestivalFacts(
    int FiscalYear,
    DateOnly? DeclaredOn,
    DateOnly? OrdinaryAssemblyHeldOn,
    bool InspectorsReportUploaded,
    long? TotalAssets,
    long? TotalLiabilities,
    long? Equity,
    long? Revenue,
    long? NetProfitOrLoss,
    bool? TaxReturnFiled,
    bool? InsurancePaid,
    bool? BooksKept,
    int? Employees,
    long? ExportsValue,
    int? MembersTotal,
    long? PreviousYearRevenue,
    RegistryFacts? Registry = null)
{
    /// <summary>What the registry records, or <see cref="RegistryFacts.None"/>.</summary>
    public RegistryFacts Recorded => Registry ?? RegistryFacts.None;

    /// <summary>A cooperative that sent no declaration for the year: only what the registry records.</summary>
    public static FestivalFacts Undeclared(int fiscalYear, RegistryFacts registry) =>
        new(fiscalYear, null, null, false, null, null, null, null, null, null, null, null, null, null, null, null, registry);
}
