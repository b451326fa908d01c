namespace CoopPortal.Domain.Assemblies;

/// <summary>
/// The configurable rules of general assemblies (configuration section "AssemblyRules"; the whole-number ones also on
/// the administrator's rules page): notice period, quorum at the first and second call, when the office must supervise,
/// and the candidates' limits. The ordinary assembly's window is the risk rules' setting
/// ("Supervision:AssemblyWindowMonths"), filled in by the rules provider. Quorums are "more than this percent of the members", so 50 is "more than
/// half" and 0 is "any number present".
/// </summary>
public sealed record AssemblyRules
{
    public const string SectionName = "AssemblyRules";

    /// <summary>The fewest days between publishing the notice and the meeting.</summary>
    public int MinimumNoticeDays { get; init; } = 10;

    /// <summary>The most days between publishing the notice and the meeting.</summary>
    public int MaximumNoticeDays { get; init; } = 40;

    /// <summary>The annual ordinary assembly meets within this many months after the fiscal year ends (one value with the risk rules).</summary>
    public int OrdinaryWindowMonths { get; init; } = 4;

    public int OrdinaryFirstCallPercent { get; init; } = 50;

    public int OrdinarySecondCallPercent { get; init; }

    public int ExtraordinaryFirstCallPercent { get; init; } = 66;

    public int ExtraordinarySecondCallPercent { get; init; } = 50;

    /// <summary>An assembly that elects officers is supervised by the office.</summary>
    public bool SuperviseElections { get; init; } = true;

    /// <summary>An assembly that may dissolve the cooperative is supervised by the office.</summary>
    public bool SuperviseDissolution { get; init; } = true;

    /// <summary>An assembly of a cooperative whose last declaration was high-risk is supervised by the office.</summary>
    public bool SuperviseHighRisk { get; init; } = true;

    /// <summary>A person may sit on at most this many boards across the registry (eligibility rule E03).</summary>
    public int MaximumBoards { get; init; } = 2;

    /// <summary>Candidates upload a clean criminal-record certificate besides their ID (eligibility rule E04).</summary>
    public bool RequireCriminalRecord { get; init; } = true;

    public static AssemblyRules Default { get; } = new();

    /// <summary>The quorum of a call: "more than this percent of the members".</summary>
    public int QuorumPercent(GeneralAssemblyKind kind, MeetingCall call) => (kind, call) switch
    {
        (GeneralAssemblyKind.Extraordinary, MeetingCall.First) => ExtraordinaryFirstCallPercent,
        (GeneralAssemblyKind.Extraordinary, MeetingCall.Second) => ExtraordinarySecondCallPercent,
        (_, MeetingCall.First) => OrdinaryFirstCallPercent,
        _ => OrdinarySecondCallPercent,
    };
}
