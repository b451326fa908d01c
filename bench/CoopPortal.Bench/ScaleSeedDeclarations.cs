using System.Text.Json;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Registry;
using CoopPortal.Domain.Supervision;

namespace CoopPortal.Bench;

/// <summary>The kinds of declaration the seed files, from clean to troubled (each gives its own risk findings).</summary>
internal enum DeclarationKind
{
    Clean,
    NoInspectorsReport,
    Late,
    FewMembers,
    Troubled,
}

/// <summary>What a seeded declaration stores for its content and risk: made by the domain itself, as JSON the portal reads back.</summary>
internal sealed record DeclarationTemplate(string Content, string ConfirmedSections, string Files, string RiskFindings, int RiskTotal, RiskBand RiskBand, long? PreviousYearNetProfitOrLoss);

/// <summary>
/// Declarations built through <see cref="SelfDeclaration"/> (sections saved and confirmed, truth declared, submitted, risk
/// assessed by the nine rules) once per fiscal year and kind, then reused as the JSON columns of many rows. A late one is
/// built per filing day, since its finding names the day.
/// </summary>
internal sealed class ScaleSeedDeclarations
{
    private static readonly string[] Codes = [ScaleSeedValues.NationalCode(880_000_001), ScaleSeedValues.NationalCode(880_000_002), ScaleSeedValues.NationalCode(880_000_003), ScaleSeedValues.NationalCode(880_000_004)];

    private readonly Dictionary<(int Year, DeclarationKind Kind, DateOnly? Filed), DeclarationTemplate> _cache = [];

    public static Weighted<DeclarationKind> Kinds { get; } = new([
        (DeclarationKind.Clean, 50), (DeclarationKind.NoInspectorsReport, 18), (DeclarationKind.Late, 14), (DeclarationKind.FewMembers, 8), (DeclarationKind.Troubled, 10),
    ]);

    /// <summary>The day the declaration was filed, as the template sees it: the risk of late ones depends on it.</summary>
    public DeclarationTemplate For(int year, DeclarationKind kind, DateOnly filedOn)
    {
        var key = (year, kind, kind == DeclarationKind.Late ? filedOn : (DateOnly?)null);
        if (!_cache.TryGetValue(key, out var template))
        {
            template = Build(year, kind, filedOn);
            _cache[key] = template;
        }

        return template;
    }

    /// <summary>The days a declaration of this kind is filed in: within the four months after the year ends, or after.</summary>
    public static DateOnly FiledOn(int year, DeclarationKind kind, Random random)
    {
        var due = RiskRules.DueDate(year, RiskSettings.Default);
        return kind == DeclarationKind.Late
            ? due.AddDays(1 + random.Next(120))
            : JalaliDate.FromParts(year + 1, 2, 1)!.Value.AddDays(random.Next(due.DayNumber - JalaliDate.FromParts(year + 1, 2, 1)!.Value.DayNumber + 1));
    }

    private static DeclarationTemplate Build(int year, DeclarationKind kind, DateOnly filedOn)
    {
        var troubled = kind == DeclarationKind.Troubled;
        var term = JalaliDate.FromParts(year + 2, 2, 20);
        var content = new DeclarationContent
        {
            MembersTotal = 25, MembersWomen = 10, MembersMen = 15,
            Employees = 4, Capital = 900_000_000,
            TotalAssets = 5_000_000_000, TotalLiabilities = 2_000_000_000, Equity = 3_000_000_000, Revenue = 7_000_000_000,
            NetProfitOrLoss = troubled ? -120_000_000 : 150_000_000, Dividends = 0,
            OrdinaryAssemblyHeldOn = troubled ? null : JalaliDate.FromParts(year + 1, 1, 25),
            Officers =
            [
                new(OfficerRole.BoardMember, "عضو یک", Codes[0], null, term),
                new(OfficerRole.BoardMember, "عضو دو", Codes[1], null, term),
                new(OfficerRole.BoardMember, "عضو سه", Codes[2], null, term),
                new(OfficerRole.Inspector, "بازرس", Codes[3], null, term),
            ],
            TaxReturnFiled = true, InsurancePaid = !troubled, BooksKept = true, LicencesValid = true, TrainingHours = 10, ExportsValue = 0,
        };
        if (kind == DeclarationKind.FewMembers)
        {
            content = content with { MembersTotal = 5, MembersWomen = 2, MembersMen = 3 };
        }

        var previous = troubled ? -80_000_000L : 90_000_000L;
        var declaration = SelfDeclaration.Start(Guid.NewGuid(), 1, null, year, DeclarationContent.Empty, previous, "scale-seed", DateTime.UtcNow);
        foreach (var section in DeclarationSectionText.All)
        {
            declaration.SaveSection(section, content, confirmed: true, DateTime.UtcNow);
        }

        if (kind is DeclarationKind.Clean or DeclarationKind.FewMembers)
        {
            declaration.AttachInspectorsReport("گزارش بازرس.pdf", "application/pdf", 184_320, new string('a', 64), "seed-inspectors-report", DateTime.UtcNow);
        }

        declaration.Submit("scale-seed", true, declaration.Revision, "SEED-0000", RiskSettings.Default, RegistryFacts.None, filedOn, DateTime.UtcNow);
        return new DeclarationTemplate(
            JsonSerializer.Serialize(declaration.Content, ScaleSeedValues.Json),
            JsonSerializer.Serialize(declaration.ConfirmedSections, ScaleSeedValues.Json),
            JsonSerializer.Serialize(declaration.Files, ScaleSeedValues.Json),
            JsonSerializer.Serialize(declaration.RiskFindings, ScaleSeedValues.Json),
            declaration.RiskTotal!.Value,
            declaration.RiskBand!.Value,
            previous);
    }
}
