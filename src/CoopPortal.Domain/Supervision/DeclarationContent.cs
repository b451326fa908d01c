using CoopPortal.Domain.Registry;

namespace CoopPortal.Domain.Supervision;

/// <summary>
/// What a cooperative declares for one fiscal year. Amounts in rials; null means "not given yet" (a draft keeps
/// whatever was typed). Officers carry the end of their current term.
/// </summary>
public sealed record DeclarationContent
{
    public int? MembersTotal { get; init; }

    public int? MembersWomen { get; init; }

    public int? MembersMen { get; init; }

    public int? Employees { get; init; }

    public long? Capital { get; init; }

    public long? TotalAssets { get; init; }

    public long? TotalLiabilities { get; init; }

    public long? Equity { get; init; }

    public long? Revenue { get; init; }

    /// <summary>Net profit, or a loss as a negative number.</summary>
    public long? NetProfitOrLoss { get; init; }

    public long? Dividends { get; init; }

    public DateOnly? OrdinaryAssemblyHeldOn { get; init; }

    public IReadOnlyList<ExtraordinaryAssembly> ExtraordinaryAssemblies { get; init; } = [];

    public IReadOnlyList<OfficerEntry> Officers { get; init; } = [];

    public bool? TaxReturnFiled { get; init; }

    public bool? InsurancePaid { get; init; }

    public bool? BooksKept { get; init; }

    public bool? LicencesValid { get; init; }

    public int? TrainingHours { get; init; }

    /// <summary>Value of exports in the year, in rials (0 when none).</summary>
    public long? ExportsValue { get; init; }

    public static DeclarationContent Empty { get; } = new();

    /// <summary>
    /// The pre-filled content of a new declaration: what carries over from last year's declaration (members, staff,
    /// capital, officers, licences, books), except the parts confirmed general assemblies changed in the registry since
    /// (<paramref name="updated"/>: the board, the inspectors, the capital), which come from the registry; without last
    /// year's declaration, what the registry knows. Year-bound figures (finances, assemblies, tax, insurance, training,
    /// exports) start empty: they are this year's to declare.
    /// </summary>
    public static DeclarationContent PreFill(
        DeclarationContent? lastYear, int? registryMembers, long? registryCapital, IEnumerable<OfficerEntry> registryOfficers, RegistryUpdates? updated = null)
    {
        ArgumentNullException.ThrowIfNull(registryOfficers);
        if (lastYear is not null)
        {
            var changed = updated ?? RegistryUpdates.None;
            bool FromRegistry(OfficerRole role) =>
                (changed.Board && role is OfficerRole.BoardMember or OfficerRole.AlternateBoardMember)
                || (changed.Inspectors && role is OfficerRole.Inspector or OfficerRole.AlternateInspector);
            return new DeclarationContent
            {
                MembersTotal = lastYear.MembersTotal,
                MembersWomen = lastYear.MembersWomen,
                MembersMen = lastYear.MembersMen,
                Employees = lastYear.Employees,
                Capital = changed.Capital ? registryCapital : lastYear.Capital,
                Officers = changed.Board || changed.Inspectors
                    ? lastYear.Officers.Where(o => !FromRegistry(o.Role)).Concat(registryOfficers.Where(o => FromRegistry(o.Role))).OrderBy(o => o.Role).ToList()
                    : lastYear.Officers,
                BooksKept = lastYear.BooksKept,
                LicencesValid = lastYear.LicencesValid,
            };
        }

        return new DeclarationContent { MembersTotal = registryMembers, Capital = registryCapital, Officers = registryOfficers.ToList() };
    }
}
