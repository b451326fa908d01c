namespace CoopPortal.Domain.Common;

/// <summary>
/// A workflow as a table that reads like data: from a status, who may take an action and where it leads; anything not
/// in the table is refused with a Persian reason. Every kind of case (formation application, founding assembly,
/// self-declaration, and the cases that follow) keeps its table in one of these: the aggregate moves by it, the use
/// cases ask it who may act, the pages offer what it allows the person, and <see cref="SeparationOfDuties"/> keeps
/// people from deciding their own cases.
/// </summary>
public sealed class StateMachine<TStatus, TAction>
    where TStatus : struct, Enum
    where TAction : struct, Enum
{
    private readonly Dictionary<(TStatus From, TAction Action), Transition<TStatus, TAction>> _rows;
    private readonly Func<TStatus, TAction, string> _refusal;

    public StateMachine(IEnumerable<Transition<TStatus, TAction>> transitions, Func<TStatus, TAction, string> refusal)
    {
        ArgumentNullException.ThrowIfNull(transitions);
        Transitions = transitions.ToList();
        _rows = Transitions.ToDictionary(t => (t.From, t.Action));
        Table = Transitions.ToDictionary(t => (t.From, t.Action), t => t.To);
        _refusal = refusal;
    }

    /// <summary>The rows in the order the table lists them.</summary>
    public IReadOnlyList<Transition<TStatus, TAction>> Transitions { get; }

    /// <summary>From a status, where an action leads.</summary>
    public IReadOnlyDictionary<(TStatus From, TAction Action), TStatus> Table { get; }

    /// <summary>The row for an action from a status, or null when the table has none.</summary>
    public Transition<TStatus, TAction>? Find(TStatus from, TAction action) => _rows.GetValueOrDefault((from, action));

    /// <summary>The status the action leads to, or null with the Persian reason it is refused.</summary>
    public (TStatus? To, string? Refusal) Next(TStatus from, TAction action) =>
        _rows.TryGetValue((from, action), out var row) ? (row.To, null) : (null, _refusal(from, action));

    /// <summary>True when the action is allowed from the status.</summary>
    public bool Allows(TStatus from, TAction action) => _rows.ContainsKey((from, action));

    /// <summary>The next status, or a <see cref="DomainException"/> with the Persian reason.</summary>
    public TStatus Move(TStatus from, TAction action)
    {
        var (to, reason) = Next(from, action);
        return to ?? throw new DomainException(reason!);
    }

    /// <summary>Who may take the action from the status (a role name, or <see cref="CaseActors.Owner"/>); null when nobody may.</summary>
    public string? ActorOf(TStatus from, TAction action) => Find(from, action)?.Actor;

    /// <summary>True when the step appears in the applicant's timeline (false for the office's internal steps).</summary>
    public bool IsShownToApplicant(TStatus from, TAction action) => Find(from, action)?.ShownToApplicant ?? true;

    /// <summary>The actions open from a status to someone who acts as the actors <paramref name="actsAs"/> accepts, in table order.</summary>
    public IReadOnlyList<TAction> ActionsFrom(TStatus from, Func<string, bool> actsAs)
    {
        ArgumentNullException.ThrowIfNull(actsAs);
        return Transitions.Where(t => EqualityComparer<TStatus>.Default.Equals(t.From, from) && actsAs(t.Actor)).Select(t => t.Action).ToList();
    }
}
