namespace CoopPortal.Domain.Dormancy;

/// <summary>
/// What the portal's tables say about a cooperative under a dormancy case, read by <see cref="RevivalRules"/>: the
/// fiscal years it owed when the case opened, the years for which a declaration has been sent since (any status but
/// draft), and the first ordinary general assembly recorded and confirmed in the portal after the case opened (the day
/// it met), if any. Never typed by hand: the application layer reads these from the declarations and assemblies.
/// </summary>
public sealed record RevivalFacts(IReadOnlyList<int> OwedYears, IReadOnlyCollection<int> FiledYears, DateOnly? OrdinaryAssemblyHeldOn)
{
    /// <summary>The owed years still without a sent declaration, oldest first.</summary>
    public IReadOnlyList<int> StillOwed => OwedYears.Where(y => !FiledYears.Contains(y)).Order().ToList();
}
