namespace CoopPortal.Domain.Assemblies;

/// <summary>What an eligibility rule that fired says about the candidate.</summary>
public enum EligibilityVerdict
{
    /// <summary>The rule bars the candidate.</summary>
    NotEligible,

    /// <summary>The portal cannot tell: the reviewer checks by hand before deciding.</summary>
    CheckByHand,
}
