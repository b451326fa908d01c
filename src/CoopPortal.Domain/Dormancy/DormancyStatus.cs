namespace CoopPortal.Domain.Dormancy;

/// <summary>Where a dormancy case stands (<see cref="DormancyCase.Workflow"/>). Stored by name.</summary>
public enum DormancyStatus
{
    /// <summary>Before the case exists: the table's opening row starts here.</summary>
    None,

    /// <summary>The notice is issued and the managers have until the deadline to answer (در انتظار پاسخ).</summary>
    AwaitingAnswer,

    /// <summary>The managers answered (they revive, or they refuse); the office decides.</summary>
    Answered,

    /// <summary>The portal found the overdue declarations and an ordinary assembly; the office recorded the revival.</summary>
    Revived,

    /// <summary>The head of office decided to pursue the cooperative's dissolution on a legal ground.</summary>
    DissolutionPursued,

    /// <summary>The head of office closed the case with a reason (neither revived nor dissolved).</summary>
    Closed,
}
