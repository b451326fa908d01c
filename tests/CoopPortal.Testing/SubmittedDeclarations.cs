using CoopPortal.Domain.Common;
using CoopPortal.Domain.Registry;
using CoopPortal.Domain.Supervision;

namespace CoopPortal.Testing;

/// <summary>
/// Complete self-declarations, every section confirmed and the truth declared, submitted through the aggregate: for
/// tests and benchmarks that start where the manager's journey ends.
/// </summary>
public static class SubmittedDeclarations
{
    private static readonly string[] Codes = [TestNationalCodes.Next(), TestNationalCodes.Next(), TestNationalCodes.Next(), TestNationalCodes.Next()];

    /// <summary>What a declaration reports; the rest of its answers are sound.</summary>
    public sealed record Figures(int Women = 10, int Men = 15, int TrainingHours = 10, bool OrdinaryAssemblyHeld = true, int ExtraordinaryAssemblies = 0);

    /// <summary>A declaration of <paramref name="fiscalYear"/>, submitted on the second month of the year after (so within its time).</summary>
    public static SelfDeclaration Build(Guid cooperativeId, int provinceId, int fiscalYear, Figures? figures = null)
    {
        var f = figures ?? new Figures();
        var nowUtc = DateTime.UtcNow;
        var term = JalaliDate.FromParts(fiscalYear + 2, 2, 20);
        var content = new DeclarationContent
        {
            MembersTotal = f.Women + f.Men, MembersWomen = f.Women, MembersMen = f.Men, Employees = 4, Capital = 900_000_000,
            TotalAssets = 5_000_000_000, TotalLiabilities = 2_000_000_000, Equity = 3_000_000_000, Revenue = 7_000_000_000,
            NetProfitOrLoss = 150_000_000, Dividends = 0,
            OrdinaryAssemblyHeldOn = f.OrdinaryAssemblyHeld ? JalaliDate.FromParts(fiscalYear + 1, 2, 1) : null,
            ExtraordinaryAssemblies = Enumerable.Range(1, f.ExtraordinaryAssemblies)
                .Select(i => new ExtraordinaryAssembly(JalaliDate.FromParts(fiscalYear, 6, i), "تغییر اساسنامه")).ToList(),
            Officers =
            [
                new(OfficerRole.BoardMember, "عضو یک", Codes[0], null, term),
                new(OfficerRole.BoardMember, "عضو دو", Codes[1], null, term),
                new(OfficerRole.BoardMember, "عضو سه", Codes[2], null, term),
                new(OfficerRole.Inspector, "بازرس", Codes[3], null, term),
            ],
            TaxReturnFiled = true, InsurancePaid = true, BooksKept = true, LicencesValid = true, TrainingHours = f.TrainingHours, ExportsValue = 0,
        };
        var declaration = SelfDeclaration.Start(cooperativeId, provinceId, null, fiscalYear, DeclarationContent.Empty, 100_000_000, "test-manager", nowUtc);
        foreach (var section in DeclarationSectionText.All)
        {
            declaration.SaveSection(section, content, confirmed: true, nowUtc);
        }

        declaration.AttachInspectorsReport("report.pdf", "application/pdf", 10, "aa", "test-" + Guid.NewGuid().ToString("N"), nowUtc);
        declaration.Submit("test-manager", true, declaration.Revision, Domain.Formation.TrackingCode.New(), RiskSettings.Default, RegistryFacts.None, JalaliDate.FromParts(fiscalYear + 1, 2, 15)!.Value, nowUtc);
        return declaration;
    }
}
