namespace CoopPortal.Domain.Assemblies;

/// <summary>The steps of a candidacy's workflow table (<see cref="Candidacy.Workflow"/>).</summary>
public enum CandidacyAction
{
    Approve,
    Refuse,
    Withdraw,
}
