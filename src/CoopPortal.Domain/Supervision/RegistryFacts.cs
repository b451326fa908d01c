using CoopPortal.Domain.Registry;

namespace CoopPortal.Domain.Supervision;

/// <summary>
/// What the registry records that risk rules R01–R03 read before the declaration: the day of the fiscal year's annual
/// ordinary assembly the portal recorded and confirmed (null when it holds none), and the end of the terms of the board
/// members and inspectors the registry holds now (empty when it holds none with a term), and the day the first inspector's
/// report of the year was signed and sent in the portal (null when none was; risk rule R04). Where the registry has
/// nothing, the rules fall back on what the manager declared or attached.
/// </summary>
public sealed record RegistryFacts(
    DateOnly? OrdinaryAssemblyHeldOn, IReadOnlyList<DateOnly> BoardTermsEndOn, IReadOnlyList<DateOnly> InspectorTermsEndOn, DateOnly? InspectorReportSubmittedOn = null)
{
    /// <summary>A registry that records nothing the rules read (an imported cooperative without assemblies or officers' terms).</summary>
    public static RegistryFacts None { get; } = new(null, [], []);

    /// <summary>The registry's facts from its officers (board members and inspectors, principal ones) and its recorded assembly.</summary>
    public static RegistryFacts From(IEnumerable<OfficerEntry> officers, DateOnly? ordinaryAssemblyHeldOn)
    {
        var list = officers.ToList();
        return new RegistryFacts(ordinaryAssemblyHeldOn, TermsEndOn(list, OfficerRole.BoardMember), TermsEndOn(list, OfficerRole.Inspector));
    }

    /// <summary>The end of the terms of the officers of one post that have a term (the rules' reading of a list of officers).</summary>
    public static IReadOnlyList<DateOnly> TermsEndOn(IEnumerable<OfficerEntry> officers, OfficerRole role) =>
        officers.Where(o => o.Role == role && o.TermEndsOn is not null).Select(o => o.TermEndsOn!.Value).ToList();
}
