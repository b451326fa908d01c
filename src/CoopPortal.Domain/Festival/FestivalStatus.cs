namespace CoopPortal.Domain.Festival;

/// <summary>Where a province's festival of a year stands (<see cref="FestivalCase.Workflow"/>). Stored by name.</summary>
public enum FestivalStatus
{
    /// <summary>Opened by the office: the reviewers shortlist per orientation.</summary>
    Shortlisting,

    /// <summary>The shortlist is with the head of office, who confirms the winners or sends it back.</summary>
    ShortlistSubmitted,

    /// <summary>The head confirmed the winners; their certificates of appreciation are issued.</summary>
    WinnersConfirmed,

    /// <summary>The winners are on the public page.</summary>
    Published,
}
