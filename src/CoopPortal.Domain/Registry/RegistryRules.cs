using CoopPortal.Domain.Common;

namespace CoopPortal.Domain.Registry;

/// <summary>
/// The registry's configurable rules (configuration section "RegistryRules"): board size and terms (domain.md: 3 to 7
/// principal members, term 2 or 3 years; inspectors usually one year).
/// </summary>
public sealed record RegistryRules
{
    public const string SectionName = "RegistryRules";

    public int MinimumBoard { get; init; } = 3;

    public int MaximumBoard { get; init; } = 7;

    public int MaximumInspectors { get; init; } = 3;

    public int BoardTermYears { get; init; } = 3;

    public int InspectorTermYears { get; init; } = 1;

    public static RegistryRules Default { get; } = new();

    /// <summary>The last day of a term that starts on <paramref name="start"/> and lasts whole Jalali years.</summary>
    public static DateOnly TermEnd(DateOnly start, int years) => JalaliDate.AddYears(start, years).AddDays(-1);

    public DateOnly TermEndFor(OfficerRole role, DateOnly start) =>
        TermEnd(start, OfficerRoleText.IsInspector(role) ? InspectorTermYears : BoardTermYears);
}
